import type { Collection } from "../model/index.js";
import type { ChangeLog } from "./schema-change.js";

/** Collections added (safe), removed or moved to another index (breaking), and their members. */
export function diffCollections(old: readonly Collection[], next: readonly Collection[], log: ChangeLog): void {
  for (const collection of old) {
    const after = next.find((c) => c.name === collection.name);
    const subject = `collection ${collection.name}`;
    if (!after) {
      log.breaking(subject, `collection removed (collections.${collection.name} no longer exists)`);
      continue;
    }
    if (collection.index !== after.index) log.breaking(subject, `moved from index ${collection.index} to ${after.index} (its result changes)`);
    for (const entity of collection.entities) {
      if (!after.entities.includes(entity)) log.breaking(subject, `entity ${entity} removed from the collection (code reading its ${entity} list no longer compiles)`);
    }
    for (const entity of after.entities) {
      if (!collection.entities.includes(entity)) log.safe(subject, `entity ${entity} added to the collection`);
    }
  }
  for (const collection of next) {
    if (!old.some((c) => c.name === collection.name)) log.safe(`collection ${collection.name}`, "collection added");
  }
}
