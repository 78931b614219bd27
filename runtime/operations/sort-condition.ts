import { ValidationError } from "../errors/index.js";
import { key, type KeyCondition } from "../expressions/index.js";
import { keyInteger, keyString } from "../marshal/index.js";
import type { SortTemplatePart } from "./descriptor.js";

/** A condition on the last sort-key slot given; plain values match a slot exactly. */
export type SortCondition<T> =
  | { readonly beginsWith: string }
  | { readonly between: readonly [T, T] }
  | { readonly gt: T }
  | { readonly gte: T }
  | { readonly lt: T }
  | { readonly lte: T };

/** Above every character a key holds: bounds built with it never equal a stored key. */
const MAX = "\u{10FFFF}";

/**
 * The sort-key condition for the slots given (template order; a plain value matches exactly, a
 * condition applies to the last slot given). It always stays inside the entity's literal prefix:
 * ranges become BETWEEN with bounds inside it; no slot given is begins_with of the prefix.
 *
 * @example
 * sortKeyCondition("sk", ["ORDER#", { slot: "placedAt" }, "#", { slot: "orderId" }], { placedAt: { gte: "2026-01" } })
 * // sk BETWEEN "ORDER#2026-01" AND "ORDER#\u{10FFFF}"
 */
export function sortKeyCondition(attribute: string, parts: readonly SortTemplatePart[], given: Readonly<Record<string, unknown>>): KeyCondition | undefined {
  const sk = key(attribute);
  let base = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as SortTemplatePart;
    if (typeof part === "string") {
      base += part;
      continue;
    }
    const value = given[part.slot];
    if (value === undefined) {
      checkNothingAfter(parts, i, given, `${part.slot} is not given`);
      return base === "" ? undefined : sk.beginsWith(base);
    }
    if (isCondition(value)) {
      checkNothingAfter(parts, i, given, `a condition on ${part.slot} must be on the last slot given`);
      const next = parts[i + 1];
      const tail = i === parts.length - 1 ? "" : (typeof next === "string" ? next : "") + MAX;
      return range(sk, base, part, value as Record<string, unknown>, tail);
    }
    const next = parts[i + 1];
    base += render(part, value, typeof next === "string" ? next[0] : undefined);
  }
  return sk.eq(base);
}

function range(sk: ReturnType<typeof key>, base: string, part: Exclude<SortTemplatePart, string>, condition: Record<string, unknown>, tail: string): KeyCondition | undefined {
  const names = Object.keys(condition);
  if (names.length !== 1) throw new ValidationError("sortCondition", part.slot, "give exactly one of beginsWith, between, gt, gte, lt, lte");
  const low = (v: unknown) => base + render(part, v);
  const high = (v: unknown) => low(v) + tail;
  const upper = base + MAX;
  switch (names[0]) {
    case "beginsWith": {
      const prefix = condition.beginsWith;
      if (typeof prefix !== "string") throw new ValidationError("type", part.slot, "beginsWith takes a string");
      // An empty prefix with no literal before it matches every key: no condition (DynamoDB refuses "").
      return base + prefix === "" ? undefined : sk.beginsWith(base + prefix);
    }
    case "gte":
      return between(sk, part.slot, low(condition.gte), upper);
    case "gt":
      // The next string after the exact key (or after every key with this slot value).
      return between(sk, part.slot, tail === "" ? `${low(condition.gt)}\u0000` : high(condition.gt), upper);
    // With no literal prefix there is no lower bound to stay above (and DynamoDB rejects "").
    case "lte":
      return base === "" ? sk.lte(high(condition.lte)) : between(sk, part.slot, base, high(condition.lte));
    case "lt":
      return base === "" ? sk.lt(low(condition.lt)) : between(sk, part.slot, base, before(low(condition.lt)));
    case "between": {
      const bounds = condition.between;
      if (!Array.isArray(bounds) || bounds.length !== 2) throw new ValidationError("sortCondition", part.slot, "between takes [low, high]");
      return between(sk, part.slot, low(bounds[0]), high(bounds[1]));
    }
    default:
      throw new ValidationError("sortCondition", part.slot, `unknown sort condition "${names[0]}"`);
  }
}

function between(sk: ReturnType<typeof key>, slot: string, low: string, high: string): KeyCondition {
  if (Buffer.compare(Buffer.from(low), Buffer.from(high)) > 0) throw new ValidationError("sortCondition", slot, "the range is empty (its low end is above its high end)");
  return sk.between(low, high);
}

/** A bound just below `text` in UTF-8 byte order: every stored key below `text` is at most this. */
function before(text: string): string {
  const chars = [...text];
  const last = chars.pop();
  if (last === undefined) return "";
  let code = (last.codePointAt(0) as number) - 1;
  if (code < 0) return chars.join("");
  if (code >= 0xd800 && code <= 0xdfff) code = 0xd7ff;
  return chars.join("") + String.fromCodePoint(code) + MAX;
}

function render(part: Exclude<SortTemplatePart, string>, value: unknown, separator?: string): string {
  return part.width === undefined ? keyString(value as string, part.slot, separator) : keyInteger(value as number, part.slot, part.width);
}

function isCondition(value: unknown): boolean {
  return value !== null && typeof value === "object";
}

function checkNothingAfter(parts: readonly SortTemplatePart[], at: number, given: Readonly<Record<string, unknown>>, why: string): void {
  for (let j = at + 1; j < parts.length; j++) {
    const later = parts[j];
    if (typeof later !== "string" && given[later!.slot] !== undefined) throw new ValidationError("sortCondition", later!.slot, `cannot be used: ${why}`);
  }
}
