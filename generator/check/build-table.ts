import { PRIMARY_INDEX, type Table, type TableIndex } from "../model/index.js";
import type { RawTable } from "./raw-schema.js";
import type { Reporter } from "./reporter.js";

/** The type attribute when the schema does not name one. */
export const DEFAULT_TYPE_ATTRIBUTE = "_type";

/** Builds the table model: local indexes share the partition key and need a sort key; key attribute names are distinct. */
export function buildTable(raw: RawTable, reporter: Reporter): Table {
  const indexes: TableIndex[] = [];
  for (const [name, index] of Object.entries(raw.indexes ?? {})) {
    const path = ["table", "indexes", name];
    if (name === PRIMARY_INDEX) reporter.error(path, `"${PRIMARY_INDEX}" names the table's own key; choose another index name`, "key");
    if (index.type === "local") {
      if (index.partition !== undefined) {
        reporter.error([...path, "partition"], `local index ${name} shares the table's partition key "${raw.key.partition}" and cannot name its own`, "key");
      }
      if (index.sort === undefined) reporter.error(path, `local index ${name} needs a sort key`, "key");
      if (raw.key.sort === undefined) reporter.error(path, `local index ${name} needs a table with a sort key`, "key");
      indexes.push({ name, type: "local", partitionKey: raw.key.partition, ...(index.sort ? { sortKey: index.sort } : {}) });
    } else {
      if (index.partition === undefined) reporter.error(path, `global index ${name} is missing "partition"`, "key");
      indexes.push({ name, type: "global", partitionKey: index.partition ?? "", ...(index.sort ? { sortKey: index.sort } : {}) });
    }
  }
  const table: Table = {
    name: raw.name,
    partitionKey: raw.key.partition,
    ...(raw.key.sort ? { sortKey: raw.key.sort } : {}),
    indexes,
    typeAttribute: raw.typeAttribute ?? DEFAULT_TYPE_ATTRIBUTE,
    ...(raw.ttl ? { ttlAttribute: raw.ttl } : {}),
  };
  checkDistinctNames(raw, table, reporter);
  return table;
}

/** Every key attribute, the type attribute and the ttl attribute hold different values, so their names must differ. */
function checkDistinctNames(raw: RawTable, table: Table, reporter: Reporter): void {
  const owners = new Map<string, string>();
  const claim = (name: string | undefined, owner: string, path: readonly string[]): void => {
    if (name === undefined) return;
    const previous = owners.get(name);
    if (previous) reporter.error(path, `${owner} "${name}" is already used as ${previous}`);
    else owners.set(name, owner);
  };
  claim(raw.key.partition, "the table's partition key", ["table", "key", "partition"]);
  claim(raw.key.sort, "the table's sort key", ["table", "key", "sort"]);
  for (const [name, index] of Object.entries(raw.indexes ?? {})) {
    if (index.type !== "local") claim(index.partition, `the partition key of index ${name}`, ["table", "indexes", name, "partition"]);
    claim(index.sort, `the sort key of index ${name}`, ["table", "indexes", name, "sort"]);
  }
  claim(table.typeAttribute, "the type attribute", raw.typeAttribute ? ["table", "typeAttribute"] : ["table"]);
  claim(raw.ttl, "the ttl attribute", ["table", "ttl"]);
}

/** Names an entity attribute may not take: they hold keys or the entity type. */
export function tableOwnedNames(table: Table): Map<string, string> {
  const owned = new Map<string, string>([[table.partitionKey, "the table's partition key"]]);
  if (table.sortKey) owned.set(table.sortKey, "the table's sort key");
  for (const index of table.indexes) {
    if (index.type === "global") owned.set(index.partitionKey, `the partition key of index ${index.name}`);
    if (index.sortKey) owned.set(index.sortKey, `the sort key of index ${index.name}`);
  }
  owned.set(table.typeAttribute, "the table's type attribute");
  return owned;
}
