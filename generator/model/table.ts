/** The physical table: key attribute names and declared secondary indexes. */
export interface Table {
  /** Default physical name; callers may override it at runtime. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  /** Secondary indexes in declaration order. Key attributes are always strings (keys are rendered templates). */
  readonly indexes: readonly TableIndex[];
  /** Attribute that stores the entity name on every item (default `_type`). */
  readonly typeAttribute: string;
  /** Name of the TTL attribute, when the table has one. */
  readonly ttlAttribute?: string;
}

export interface TableIndex {
  readonly name: string;
  readonly type: "global" | "local";
  /** For a local index this is the table's partition key. */
  readonly partitionKey: string;
  readonly sortKey?: string;
}

/** The name entity indexes and collections use for the table's own key. */
export const PRIMARY_INDEX = "primary";
