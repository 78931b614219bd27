import type { Entity, KeyTemplate } from "../model/index.js";
import type { Reporter } from "./reporter.js";
import { commonKey, type CommonKey } from "./template-intersection.js";
import { templateLanguage } from "./template-language.js";

/**
 * `CUSTOMER#{customerId}` → `CUSTOMER#{}`: the literal text with slots blanked. Two templates with
 * the same skeleton can render the same key from different entities.
 */
export function templateSkeleton(template: KeyTemplate | undefined): string {
  if (!template) return "";
  return template.parts.map((p) => (p.kind === "slot" ? "{}" : p.text.replace(/[{}]/g, "\\$&"))).join("");
}

/** A partition and sort key both entities can write, with the slot values that render it. */
interface SharedKey {
  readonly partition: CommonKey;
  readonly sort: CommonKey;
}

/**
 * Whether the primary key templates of `a` and `b` can render the same (partition, sort) pair: each
 * template's keys form a language (see templateLanguage), and both pairs must intersect.
 */
export function sharedPrimaryKey(a: Entity, b: Entity): SharedKey | undefined {
  const common = (pick: (e: Entity) => KeyTemplate | undefined): CommonKey | undefined =>
    commonKey(templateLanguage(pick(a), a.attributes), templateLanguage(pick(b), b.attributes));
  const partition = common((e) => e.key.partition);
  const sort = partition && common((e) => e.key.sort);
  return partition && sort ? { partition, sort } : undefined;
}

/**
 * Reports an entity whose primary key templates can produce the same key as an earlier entity's:
 * a put of one would silently replace an item of the other. An attribute used in two slots is
 * matched as two independent values, so the check errs towards reporting.
 */
export function checkPrimaryKeyOverlap(entities: readonly Entity[], reporter: Reporter): void {
  for (const [at, entity] of entities.entries()) {
    for (const previous of entities.slice(0, at)) {
      const shared = sharedPrimaryKey(entity, previous);
      if (!shared) continue;
      reporter.error(["entities", entity.name, "key"], overlapMessage(entity, previous, shared), "key");
      break;
    }
  }
}

function overlapMessage(entity: Entity, previous: Entity, shared: SharedKey): string {
  const advice = `add a distinct literal such as "${entity.name.toUpperCase()}#"`;
  const skeleton = (e: Entity): string => `${templateSkeleton(e.key.partition)}\n${templateSkeleton(e.key.sort)}`;
  if (skeleton(entity) === skeleton(previous)) {
    return `key of ${entity.name} can produce the same keys as the key of ${previous.name} (same literal text around the slots); ${advice}`;
  }
  const key = `partition ${JSON.stringify(shared.partition.text)}${entity.key.sort ? `, sort ${JSON.stringify(shared.sort.text)}` : ""}`;
  const from = (e: Entity, side: 0 | 1): string => {
    const values = slotValues(e.key.partition, shared.partition.slots[side]).concat(slotValues(e.key.sort, shared.sort.slots[side]));
    return values.length === 0 ? `${e.name}'s` : `${e.name}'s with ${formatValues(values)}`;
  };
  return `key of ${entity.name} can produce the same keys as the key of ${previous.name}: ${key} is ${from(entity, 0)} and ${from(previous, 1)}; ${advice}`;
}

function slotValues(template: KeyTemplate | undefined, slots: Map<number, string>): [string, string][] {
  return [...slots].map(([part, value]) => {
    const slot = template?.parts[part];
    return [slot?.kind === "slot" ? slot.attribute : "?", value];
  });
}

/** `customerId = "x", noteId = "PROFILE"`; an attribute used twice shows each value it took. */
function formatValues(values: readonly [string, string][]): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of values) {
    const seen = byName.get(name) ?? [];
    if (!seen.includes(value)) seen.push(value);
    byName.set(name, seen);
  }
  return [...byName].map(([name, seen]) => `${name} = ${seen.map((v) => JSON.stringify(v)).join(" / ")}`).join(", ");
}
