import type { Attribute } from "../model/index.js";
import { diffType } from "./diff-type.js";
import type { ChangeLog } from "./schema-change.js";

/**
 * Changes to the attributes of an entity (`prefix` is `Order.`) or of a nested map (`Order.address.`).
 * Removed attributes and new required ones are breaking: stored items hold the one and lack the other
 * (a default is applied on create only, never to items already stored).
 */
export function diffAttributes(prefix: string, old: readonly Attribute[], next: readonly Attribute[], log: ChangeLog): void {
  for (const attribute of old) {
    const after = next.find((a) => a.name === attribute.name);
    const subject = `${prefix}${attribute.name}`;
    if (after) diffAttribute(subject, attribute, after, log);
    else log.breaking(subject, "attribute removed (stored items still hold it; code reading or writing it no longer compiles)");
  }
  for (const attribute of next) {
    if (old.some((a) => a.name === attribute.name)) continue;
    const subject = `${prefix}${attribute.name}`;
    if (attribute.optional) log.safe(subject, "optional attribute added");
    else log.breaking(subject, `required attribute added (stored items lack it${attribute.default ? "; its default applies to new items only" : ""}: make it optional or backfill)`);
  }
}

function diffAttribute(subject: string, old: Attribute, next: Attribute, log: ChangeLog): void {
  diffType(subject, old.type, next.type, log);
  if (old.optional !== next.optional) {
    if (next.optional) log.safe(subject, "required made optional");
    else log.breaking(subject, "optional made required (stored items may lack it)");
  }
  diffDefault(subject, old, next, log);
  if (old.readonly !== next.readonly) {
    if (next.readonly) log.breaking(subject, "made readonly (updates that set it are rejected)");
    else log.safe(subject, "no longer readonly");
  }
  if (old.onUpdateNow !== next.onUpdateNow) log.safe(subject, next.onUpdateNow ? "onUpdate: now added" : "onUpdate: now removed");
  if (old.version !== next.version) {
    if (next.version) log.breaking(subject, "made the optimistic-locking version (stored items have no version; writes check it)");
    else log.safe(subject, "no longer the optimistic-locking version (writes stop checking it)");
  }
}

function diffDefault(subject: string, old: Attribute, next: Attribute, log: ChangeLog): void {
  const before = defaultText(old);
  const after = defaultText(next);
  if (before === after) return;
  if (before === undefined) log.safe(subject, `default ${after} added`);
  else if (after === undefined) {
    if (next.optional) log.safe(subject, `default ${before} removed`);
    else log.breaking(subject, `default ${before} removed (creates that omitted it no longer compile)`);
  } else log.safe(subject, `default changed from ${before} to ${after} (applies to new items only)`);
}

function defaultText(attribute: Attribute): string | undefined {
  const given = attribute.default;
  if (given === undefined) return undefined;
  return given.kind === "now" ? "now" : JSON.stringify(given.value);
}
