import type { AttributeType } from "../model/index.js";
import { diffAttributes } from "./diff-attributes.js";
import { shown, type ChangeLog } from "./schema-change.js";

/**
 * Changes to one attribute's type and constraints. A different kind is a retype (breaking). A
 * constraint that got tighter is breaking, because stored items were written under the old one
 * and may not satisfy it (reads and rewrites of them would be rejected); a looser one is safe.
 */
export function diffType(subject: string, old: AttributeType, next: AttributeType, log: ChangeLog): void {
  if (old.kind !== next.kind) {
    log.breaking(subject, `retyped from ${typeName(old)} to ${typeName(next)} (stored items hold the old type)`);
    return;
  }
  switch (old.kind) {
    case "string":
      if (next.kind !== "string") return;
      diffBounds(subject, "length", old, next, log);
      diffPattern(subject, old.pattern, next.pattern, log);
      return;
    case "binary":
      if (next.kind === "binary") diffBounds(subject, "length", old, next, log);
      return;
    case "number":
      if (next.kind !== "number") return;
      if (old.integer !== next.integer) {
        if (next.integer) log.breaking(subject, "now integer only (stored items may hold fractions)");
        else log.safe(subject, "no longer integer only");
      }
      if (old.precise !== next.precise) {
        log.breaking(subject, `precise ${next.precise ? "turned on" : "turned off"} (its TypeScript type changes between number and NumberValue)`);
      }
      diffBounds(subject, "value", { minLength: old.min, maxLength: old.max }, { minLength: next.min, maxLength: next.max }, log);
      return;
    case "enum":
      if (next.kind !== "enum") return;
      for (const value of old.values) if (!next.values.includes(value)) log.breaking(subject, `enum value ${shown(value)} removed (stored items may hold it)`);
      for (const value of next.values) if (!old.values.includes(value)) log.safe(subject, `enum value ${shown(value)} added`);
      return;
    case "list":
      if (next.kind !== "list") return;
      diffBounds(subject, "length", old, next, log);
      diffType(`${subject}[]`, old.of, next.of, log);
      return;
    case "set":
      if (next.kind !== "set") return;
      if (old.of !== next.of) log.breaking(subject, `retyped from ${typeName(old)} to ${typeName(next)} (stored items hold the old type)`);
      diffBounds(subject, "size", old, next, log);
      return;
    case "map":
      if (next.kind === "map") diffAttributes(`${subject}.`, old.attributes, next.attributes, log);
      return;
    default:
      return;
  }
}

/** `string`, `list<map>`, `set<number>`, `enum`… */
export function typeName(type: AttributeType): string {
  if (type.kind === "list") return `list<${typeName(type.of)}>`;
  if (type.kind === "set") return `set<${type.of}>`;
  if (type.kind === "number" && type.integer) return "integer number";
  return type.kind;
}

interface Bounds {
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
}

function diffBounds(subject: string, what: string, old: Bounds, next: Bounds, log: ChangeLog): void {
  const low = what === "value" ? "min" : `min ${what}`;
  const high = what === "value" ? "max" : `max ${what}`;
  const range = (name: string, before: number | undefined, after: number | undefined, tighter: boolean) => {
    if (before === after) return;
    const text = `${name} ${before === undefined ? `${after} added` : after === undefined ? `${before} removed` : `changed from ${before} to ${after}`}`;
    if (tighter) log.breaking(subject, `${text} (stored items may not satisfy it)`);
    else log.safe(subject, `${text} (relaxed)`);
  };
  const { minLength: oldMin, maxLength: oldMax } = old;
  const { minLength: newMin, maxLength: newMax } = next;
  range(low, oldMin, newMin, newMin !== undefined && (oldMin === undefined || newMin > oldMin));
  range(high, oldMax, newMax, newMax !== undefined && (oldMax === undefined || newMax < oldMax));
}

// A changed pattern is treated as tighter: no general way to prove it accepts every old value.
function diffPattern(subject: string, old: string | undefined, next: string | undefined, log: ChangeLog): void {
  if (old === next) return;
  if (next === undefined) log.safe(subject, `pattern ${shown(old)} removed (relaxed)`);
  else if (old === undefined) log.breaking(subject, `pattern ${shown(next)} added (stored items may not match it)`);
  else log.breaking(subject, `pattern changed from ${shown(old)} to ${shown(next)} (stored items may not match it)`);
}
