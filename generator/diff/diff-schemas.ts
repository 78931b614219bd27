import type { Schema } from "../model/index.js";
import { diffCollections } from "./diff-collections.js";
import { diffEntities } from "./diff-entities.js";
import { diffTable } from "./diff-table.js";
import { ChangeLog, shown, sortChanges, type SchemaChange } from "./schema-change.js";

/**
 * Every change between two versions of a set of schemas, matched by file stem, each classified
 * `breaking` or `safe` with its reason, sorted (breaking first). Pure: models in, changes out.
 *
 * @example
 * const changes = diffSchemas([oldShop], [newShop]);
 * changes.map(formatChange); // ['breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)']
 */
export function diffSchemas(old: readonly Schema[], next: readonly Schema[]): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const schema of old) {
    const log = new ChangeLog(schema.stem);
    const after = next.find((s) => s.stem === schema.stem);
    if (after) diffSchema(schema, after, log);
    else log.breaking("", `schema file removed (table ${shown(schema.table.name)} and its ${schema.entities.length} entities are no longer generated)`);
    changes.push(...log.changes);
  }
  for (const schema of next) {
    if (old.some((s) => s.stem === schema.stem)) continue;
    const log = new ChangeLog(schema.stem);
    log.safe("", `schema file added (table ${shown(schema.table.name)})`);
    changes.push(...log.changes);
  }
  return sortChanges(changes);
}

function diffSchema(old: Schema, next: Schema, log: ChangeLog): void {
  diffTable(old.table, next.table, log);
  diffEntities(old.entities, next.entities, log);
  diffCollections(old.collections, next.collections, log);
}

/** Whether any change is breaking (`dynagen diff` exits 1 then). */
export function hasBreakingChange(changes: readonly SchemaChange[]): boolean {
  return changes.some((c) => c.severity === "breaking");
}
