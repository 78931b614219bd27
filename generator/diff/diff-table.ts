import type { Table, TableIndex } from "../model/index.js";
import { shown, type ChangeLog } from "./schema-change.js";

/** Changes to the physical table: its name, key attributes, secondary indexes, type attribute and TTL. */
export function diffTable(old: Table, next: Table, log: ChangeLog): void {
  if (old.name !== next.name) {
    log.breaking("table", `default table name changed from ${shown(old.name)} to ${shown(next.name)} (callers without a tableName read a different table)`);
  }
  if (old.partitionKey !== next.partitionKey) {
    log.breaking("table", `partition key attribute changed from ${shown(old.partitionKey)} to ${shown(next.partitionKey)} (the table must be recreated and its items copied)`);
  }
  if (old.sortKey !== next.sortKey) {
    log.breaking("table", `sort key attribute changed from ${shown(old.sortKey)} to ${shown(next.sortKey)} (the table must be recreated and its items copied)`);
  }
  if (old.typeAttribute !== next.typeAttribute) {
    log.breaking("table", `type attribute changed from ${shown(old.typeAttribute)} to ${shown(next.typeAttribute)} (stored items name their entity in the old attribute)`);
  }
  diffTtl(old.ttlAttribute, next.ttlAttribute, log);
  diffTableIndexes(old.indexes, next.indexes, log);
}

// Any TTL change alters which stored items DynamoDB deletes, and needs UpdateTimeToLive on the deployed table.
function diffTtl(old: string | undefined, next: string | undefined, log: ChangeLog): void {
  if (old === next) return;
  if (old === undefined) log.breaking("table", `ttl attribute ${shown(next)} added (stored items holding it start to expire; enable TTL on the deployed table)`);
  else if (next === undefined) log.breaking("table", `ttl attribute ${shown(old)} removed (stored items stop expiring; disable TTL on the deployed table)`);
  else log.breaking("table", `ttl attribute changed from ${shown(old)} to ${shown(next)} (stored items expire by the old attribute)`);
}

function diffTableIndexes(old: readonly TableIndex[], next: readonly TableIndex[], log: ChangeLog): void {
  for (const index of old) {
    const after = next.find((i) => i.name === index.name);
    const subject = `table index ${index.name}`;
    if (!after) {
      log.breaking(subject, "index removed (queries on it fail)");
      continue;
    }
    if (index.type !== after.type) {
      log.breaking(subject, `index changed from ${index.type} to ${after.type} (the index must be dropped and rebuilt${index.type === "local" || after.type === "local" ? "; a local index exists only from table creation" : ""})`);
    } else if ((index.type === "global" && index.partitionKey !== after.partitionKey) || index.sortKey !== after.sortKey) {
      // A local index's partition key is the table's: a change there is reported for the table.
      log.breaking(subject, `key attributes changed from ${keyText(index)} to ${keyText(after)} (the index must be dropped and rebuilt)`);
    }
  }
  for (const index of next) {
    if (old.some((i) => i.name === index.name)) continue;
    const subject = `table index ${index.name}`;
    if (index.type === "local") log.breaking(subject, "local index added (a local index can only be created with the table: the table must be recreated)");
    else log.safe(subject, "global index added (created online on the deployed table)");
  }
}

function keyText(index: TableIndex): string {
  return index.sortKey === undefined ? shown(index.partitionKey) : `${shown(index.partitionKey)}/${shown(index.sortKey)}`;
}
