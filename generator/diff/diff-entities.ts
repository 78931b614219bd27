import type { Entity, EntityIndex, KeyTemplate } from "../model/index.js";
import { diffAttributes } from "./diff-attributes.js";
import { shown, type ChangeLog } from "./schema-change.js";

/** Entities added (safe) or removed (breaking), and the attributes, keys and access patterns of the others. */
export function diffEntities(old: readonly Entity[], next: readonly Entity[], log: ChangeLog): void {
  for (const entity of old) {
    const after = next.find((e) => e.name === entity.name);
    if (!after) {
      log.breaking(entity.name, "entity removed (stored items of it remain; its repository no longer exists)");
      continue;
    }
    diffAttributes(`${entity.name}.`, entity.attributes, after.attributes, log);
    diffEntityIndex(`${entity.name} key`, entity.key, after.key, log);
    diffAccessPatterns(entity, after, log);
  }
  for (const entity of next) {
    if (!old.some((e) => e.name === entity.name)) log.safe(entity.name, "entity added");
  }
}

function diffAccessPatterns(old: Entity, next: Entity, log: ChangeLog): void {
  for (const index of old.indexes) {
    const after = next.indexes.find((i) => i.name === index.name);
    const subject = `${old.name} index ${index.name}`;
    if (after) diffEntityIndex(subject, index, after, log);
    else log.breaking(subject, `access pattern removed (query.${index.name} no longer exists)`);
  }
  for (const index of next.indexes) {
    if (old.indexes.some((i) => i.name === index.name)) continue;
    log.safe(`${next.name} index ${index.name}`, `access pattern added on ${index.index} (items stored before are not in it until rewritten)`);
  }
}

// Stored items carry keys rendered from the old templates: any change to a template strands them.
function diffEntityIndex(subject: string, old: EntityIndex, next: EntityIndex, log: ChangeLog): void {
  if (old.index !== next.index) {
    log.breaking(subject, `moved from index ${old.index} to ${next.index} (stored items are keyed on the old index)`);
    return;
  }
  diffTemplate(subject, "partition", old.partition, next.partition, log);
  diffTemplate(subject, "sort", old.sort, next.sort, log);
}

function diffTemplate(subject: string, part: string, old: KeyTemplate | undefined, next: KeyTemplate | undefined, log: ChangeLog): void {
  if (old?.source === next?.source) return;
  log.breaking(subject, `${part} template changed from ${shown(old?.source)} to ${shown(next?.source)} (stored items are keyed by the old template)`);
}
