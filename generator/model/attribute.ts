/** The type tree of one attribute, as the schema declares it. Knows neither YAML nor TypeScript. */
export type AttributeType =
  | StringType
  | NumberType
  | { readonly kind: "boolean" }
  | BinaryType
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "datetime" }
  | { readonly kind: "ttl" }
  | ListType
  | SetType
  | MapType
  | { readonly kind: "json" };

export interface StringType {
  readonly kind: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A JavaScript regular expression source, checked with `new RegExp(pattern, "u")`. */
  readonly pattern?: string;
}

export interface NumberType {
  readonly kind: "number";
  readonly integer: boolean;
  /** Keep DynamoDB's 38 digits: values are `NumberValue`, not JS numbers. */
  readonly precise: boolean;
  readonly min?: number;
  readonly max?: number;
}

export interface BinaryType {
  readonly kind: "binary";
  readonly minLength?: number;
  readonly maxLength?: number;
}

export interface ListType {
  readonly kind: "list";
  readonly of: AttributeType;
  readonly minLength?: number;
  readonly maxLength?: number;
}

export interface SetType {
  readonly kind: "set";
  readonly of: "string" | "number" | "binary";
  readonly minLength?: number;
  readonly maxLength?: number;
}

export interface MapType {
  readonly kind: "map";
  readonly attributes: readonly Attribute[];
}

export type AttributeDefault =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "now" };

/** One named attribute of an entity (or of a nested map). */
export interface Attribute {
  readonly name: string;
  readonly type: AttributeType;
  readonly optional: boolean;
  readonly default?: AttributeDefault;
  /** Set on create only; an update may not change it. */
  readonly readonly: boolean;
  /** `onUpdate: now`: set to the current time on every update and put. */
  readonly onUpdateNow: boolean;
  /** `version: true`: optimistic locking counter (create sets 1, each write checks and increments). */
  readonly version: boolean;
}
