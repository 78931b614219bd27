import type { KeyTemplate, KeyTemplatePart } from "../model/index.js";

/** A syntax problem in a key template; `index` is the 0-based character where it was found. */
export interface KeyTemplateError {
  readonly index: number;
  readonly message: string;
}

export type KeyTemplateResult =
  | { readonly template: KeyTemplate; readonly errors?: undefined }
  | { readonly template?: undefined; readonly errors: readonly KeyTemplateError[] };

const SLOT = /^([^{}:]*)(?::(.*))?$/s;
const WIDTH = /^0[1-9][0-9]?$/;
/** The widest integer slot: the runtime's `keyInteger` pads with at most 20 zeros. */
const MAX_SLOT_WIDTH = 20;

/**
 * Parses a key template such as `ORDER#{placedAt}#{orderId}` or `RANK#{rank:06}` into literal
 * text and slots. Syntax only: whether slots name suitable attributes is the checker's job.
 *
 * @example parseKeyTemplate("CUSTOMER#{customerId}").template?.parts
 * // [{ kind: "literal", text: "CUSTOMER#" }, { kind: "slot", attribute: "customerId" }]
 */
export function parseKeyTemplate(source: string): KeyTemplateResult {
  const parts: KeyTemplatePart[] = [];
  const errors: KeyTemplateError[] = [];
  let literal = "";
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "}") {
      errors.push({ index: i, message: `unexpected "}" (slots are written {attribute})` });
      i += 1;
      continue;
    }
    if (ch !== "{") {
      literal += ch;
      i += 1;
      continue;
    }
    const close = source.indexOf("}", i + 1);
    const nextOpen = source.indexOf("{", i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      errors.push({ index: i, message: `unclosed "{" (slots are written {attribute})` });
      i += 1;
      continue;
    }
    const slot = parseSlot(source.slice(i + 1, close), i);
    if ("message" in slot) errors.push(slot);
    else {
      if (literal) parts.push({ kind: "literal", text: literal });
      literal = "";
      if (parts.at(-1)?.kind === "slot") {
        errors.push({ index: i, message: "two slots must be separated by literal text, or different values could produce the same key" });
      }
      parts.push(slot);
    }
    i = close + 1;
  }
  if (literal) parts.push({ kind: "literal", text: literal });
  if (errors.length > 0) return { errors };
  return { template: { source, parts } };
}

function parseSlot(body: string, at: number): KeyTemplatePart | KeyTemplateError {
  const match = SLOT.exec(body);
  const attribute = match?.[1]?.trim() ?? "";
  if (!match || attribute === "") return { index: at, message: `empty slot "{${body}}" (slots are written {attribute})` };
  if (attribute !== match[1]) return { index: at, message: `slot "{${body}}" has spaces around the attribute name` };
  const width = match[2];
  if (width === undefined) return { kind: "slot", attribute };
  if (!WIDTH.test(width)) {
    return { index: at, message: `slot "{${body}}" has a bad width "${width}" (write a zero and a width of 1 to 20, as in {${attribute}:06})` };
  }
  const digits = Number(width);
  if (digits > MAX_SLOT_WIDTH) {
    return { index: at, message: `slot "{${body}}" is ${digits} digits wide, but an integer slot takes at most ${MAX_SLOT_WIDTH}, as in {${attribute}:0${MAX_SLOT_WIDTH}}` };
  }
  return { kind: "slot", attribute, width: digits };
}
