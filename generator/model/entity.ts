import type { Attribute } from "./attribute.js";
import type { KeyTemplate } from "./key-template.js";

/** How one entity writes the key of one index (the table's primary key or a secondary index). */
export interface EntityIndex {
  /** The access-pattern name: `primary` for the table key, else the schema's name (`byEmail`). */
  readonly name: string;
  /** The table index it writes: `primary` or a name from `Table.indexes`. */
  readonly index: string;
  /** Partition template; for a local index it is the entity's primary partition template. */
  readonly partition: KeyTemplate;
  readonly sort?: KeyTemplate;
}

export interface Entity {
  readonly name: string;
  readonly attributes: readonly Attribute[];
  /** The primary key (`name` and `index` are both `primary`). */
  readonly key: EntityIndex;
  /** Secondary-index access patterns, in declaration order. */
  readonly indexes: readonly EntityIndex[];
}

/** Entities read together from one partition of one index. */
export interface Collection {
  readonly name: string;
  /** `primary` or a table index name. */
  readonly index: string;
  readonly entities: readonly string[];
}
