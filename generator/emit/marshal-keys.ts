import type { KeyTemplate } from "../model/index.js";
import { runtime, type EntityContext } from "./context.js";
import { entityIndexes, keyParts, rendererName, slotAttributes } from "./entity-keys.js";
import { localName, propertyAccess, propertyName } from "./names.js";

/** The key attributes the item marshaller writes, each once. */
export function writtenKeyParts(ctx: EntityContext): { attribute: string; role: "partition" | "sort" }[] {
  const parts = new Map<string, "partition" | "sort">();
  for (const index of entityIndexes(ctx.entity)) {
    for (const part of keyParts(ctx.schema.table, index)) if (!parts.has(part.attribute)) parts.set(part.attribute, part.role);
  }
  return [...parts].map(([attribute, role]) => ({ attribute, role }));
}

/**
 * Writes each key attribute once. A key whose slots are all required attributes is rendered in
 * the item's object literal from the locals already checked; an index whose slots name optional
 * attributes is written only when they are all present (a sparse index: both its keys or
 * neither), through its renderer.
 */
export function keyStatements(ctx: EntityContext): { fields: string[]; optional: string[] } {
  const { entity, schema } = ctx;
  const written = new Set<string>();
  const fields: string[] = [];
  const sparse: string[] = [];
  for (const index of entityIndexes(entity)) {
    const parts = keyParts(schema.table, index);
    const optional = slotAttributes(entity, parts.map((p) => p.template)).filter((a) => a.optional);
    const present = optional.map((a) => `${propertyAccess("item", a.name)} !== undefined`).join(" && ");
    for (const part of parts) {
      if (written.has(part.attribute)) continue;
      written.add(part.attribute);
      const slots = slotAttributes(entity, [part.template]);
      const renderer = rendererName(entity, index, part.role);
      const target = propertyAccess("out", part.attribute);
      const argument = slots.length === 0 ? "" : slots.some((a) => a.optional) ? `{ ${slots.map((a) => `${propertyName(a.name)}: ${propertyAccess("item", a.name)}`).join(", ")} }` : "item";
      if (optional.length === 0) fields.push(`${propertyName(part.attribute)}: { S: ${inlineKey(ctx, part.template)} }`);
      else sparse.push(`if (${present}) ${target} = { S: ${renderer}(${argument}) };`);
    }
  }
  return { fields, optional: sparse };
}

/**
 * The renderer's text as one expression over the marshaller's locals, without its calls on the
 * way of a valid item: a string-like slot reads `(v.length !== 0 ? v : keyString(v, path))`, the
 * local being already checked to be a string, so keyString runs only to throw the very error the
 * renderer would (an empty slot, or one holding the literal that follows it). An enum or datetime
 * slot is used as it is: its local matched one of the values or DATETIME_PATTERN, and the schema
 * check made sure that no value or datetime is empty or holds the slot's next character.
 */
function inlineKey(ctx: EntityContext, template: KeyTemplate): string {
  const pieces: string[] = [];
  template.parts.forEach((part, i) => {
    if (part.kind === "literal") {
      pieces.push(JSON.stringify(part.text));
      return;
    }
    const v = localName(part.attribute);
    const path = JSON.stringify(part.attribute);
    if (part.width !== undefined) {
      pieces.push(`${runtime(ctx, "keyInteger")}(${v}, ${path}, ${part.width})`);
      return;
    }
    const next = template.parts[i + 1];
    const separator = next?.kind === "literal" ? JSON.stringify(next.text[0]) : undefined;
    const kind = ctx.entity.attributes.find((a) => a.name === part.attribute)?.type.kind;
    const call = `${runtime(ctx, "keyString")}(${v}, ${path}${separator === undefined ? "" : `, ${separator}`})`;
    if (kind === "enum" || kind === "datetime") pieces.push(v);
    else if (kind !== "string") pieces.push(call);
    else pieces.push(`(${v}.length !== 0${separator === undefined ? "" : ` && !${v}.includes(${separator})`} ? ${v} : ${call})`);
  });
  return pieces.length === 0 ? '""' : pieces.join(" + ");
}
