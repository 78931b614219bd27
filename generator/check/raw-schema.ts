/** The schema document as YAML gives it, once it has passed schema-language.json. */
export interface RawSchema {
  readonly version: 1;
  readonly table: RawTable;
  readonly entities: Readonly<Record<string, RawEntity>>;
  readonly collections?: Readonly<Record<string, RawCollection>>;
}

export interface RawKey {
  readonly partition: string;
  readonly sort?: string;
}

export interface RawTable {
  readonly name: string;
  readonly key: RawKey;
  readonly indexes?: Readonly<Record<string, RawTableIndex>>;
  readonly typeAttribute?: string;
  readonly ttl?: string;
}

export interface RawTableIndex {
  readonly type?: "global" | "local";
  readonly partition?: string;
  readonly sort?: string;
}

export interface RawEntity {
  readonly attributes: Readonly<Record<string, RawAttribute>>;
  readonly key: RawKey;
  readonly indexes?: Readonly<Record<string, RawEntityIndex>>;
}

export interface RawEntityIndex {
  readonly index: string;
  readonly partition?: string;
  readonly sort?: string;
}

/** A shorthand (`string`, `number?`) or the long form. */
export type RawAttribute = string | RawAttributeLong;

export interface RawAttributeLong {
  readonly type: "string" | "number" | "boolean" | "binary" | "enum" | "datetime" | "ttl" | "list" | "set" | "map" | "json";
  readonly optional?: boolean;
  readonly default?: unknown;
  readonly readonly?: boolean;
  readonly onUpdate?: "now";
  readonly version?: boolean;
  readonly integer?: boolean;
  readonly precise?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly string[];
  readonly of?: RawAttribute;
  readonly attributes?: Readonly<Record<string, RawAttribute>>;
}

export interface RawCollection {
  readonly index?: string;
  readonly entities: readonly string[];
}
