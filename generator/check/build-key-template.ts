import { DATETIME_CHARACTERS, type Attribute, type KeySlot, type KeyTemplate } from "../model/index.js";
import { parseKeyTemplate, type DocumentPath } from "../parse/index.js";
import { didYouMean } from "./did-you-mean.js";
import type { Reporter } from "./reporter.js";

/** What a template is checked against. */
export interface TemplateOwner {
  readonly entity: string;
  readonly attributes: readonly Attribute[];
  readonly reporter: Reporter;
}

/**
 * Parses and checks one key template: every slot names an attribute of the entity whose type
 * can be part of a key; integer slots have a width; primary key slots are required and stable; no
 * datetime or enum value can hold the character after its slot (the write would be refused).
 * `label` names the template in messages (`key sort`, `index byStatus sort`).
 */
export function buildKeyTemplate(owner: TemplateOwner, source: string, path: DocumentPath, label: string, primary: boolean): KeyTemplate | undefined {
  const result = parseKeyTemplate(source);
  const where = `${label} of ${owner.entity}`;
  if (result.errors) {
    for (const error of result.errors) owner.reporter.errorInScalar(path, error.index, `${where}: ${error.message}`);
    return undefined;
  }
  const slotStarts = [...source.matchAll(/\{/g)].map((m) => m.index);
  let ok = true;
  const parts = result.template.parts;
  let slotIndex = -1;
  for (const [at, slot] of parts.entries()) {
    if (slot.kind !== "slot") continue;
    slotIndex++;
    const next = parts[at + 1];
    const problem = slotProblem(owner, slot, primary) ?? separatorProblem(owner, slot, next?.kind === "literal" ? next.text[0] : undefined);
    if (problem === undefined) continue;
    ok = false;
    const written = slot.width === undefined ? `{${slot.attribute}}` : `{${slot.attribute}:${String(slot.width).padStart(2, "0")}}`;
    owner.reporter.errorInScalar(path, slotStarts[slotIndex] ?? 0, `${where} names "${written}", ${problem}`);
  }
  return ok ? result.template : undefined;
}

function slotProblem(owner: TemplateOwner, slot: KeySlot, primary: boolean): string | undefined {
  const attribute = owner.attributes.find((a) => a.name === slot.attribute);
  const names = owner.attributes.map((a) => a.name);
  if (!attribute) return `which is not an attribute of ${owner.entity}${didYouMean(slot.attribute, names)}`;
  const { type } = attribute;
  const name = attribute.name;
  const allowed = "key slots take string, enum, datetime or integer number attributes";
  if (type.kind === "number") {
    if (!type.integer) return `but ${name} is a number without "integer: true"; ${allowed}`;
    if (type.precise) return `but ${name} is a precise number; ${allowed}`;
    if (slot.width === undefined) return `an integer slot without a width; write {${name}:06} (any width) so it sorts as text`;
  } else if (type.kind !== "string" && type.kind !== "enum" && type.kind !== "datetime") {
    return `but ${name} is of type ${type.kind}; ${allowed}`;
  } else if (slot.width !== undefined) {
    return `but only integer slots take a width, and ${name} is of type ${type.kind}`;
  }
  if (attribute.version) return `but ${name} is the version attribute, which changes on every write`;
  if (primary && attribute.optional) return `but ${name} is optional; primary key attributes must be required`;
  if (primary && attribute.onUpdateNow) return `but ${name} changes on every update, and primary key attributes are immutable`;
  return undefined;
}

/**
 * The runtime refuses a key whose slot value holds the character that follows the slot (the key
 * could not be read back apart). For a datetime or an enum that is known here, before any write.
 */
function separatorProblem(owner: TemplateOwner, slot: KeySlot, next: string | undefined): string | undefined {
  const attribute = owner.attributes.find((a) => a.name === slot.attribute);
  if (next === undefined || attribute === undefined) return undefined;
  const { type, name } = attribute;
  const quoted = JSON.stringify(next);
  if (type.kind === "datetime" && DATETIME_CHARACTERS.includes(next)) {
    return `but ${name} is a datetime, which can hold the ${quoted} after the slot, so writes would be refused; follow the slot with a character no datetime holds, such as "#"`;
  }
  if (type.kind === "enum") {
    const value = type.values.find((v) => v.includes(next));
    if (value !== undefined) return `but the value ${JSON.stringify(value)} of ${name} holds the ${quoted} after the slot, so writing it would be refused; follow the slot with another character`;
  }
  return undefined;
}
