/** A key template such as `ORDER#{placedAt}#{orderId}`: literal text and attribute slots, in order. */
export interface KeyTemplate {
  /** The template as written in the schema. */
  readonly source: string;
  readonly parts: readonly KeyTemplatePart[];
}

export type KeyTemplatePart =
  | { readonly kind: "literal"; readonly text: string }
  | KeySlot;

export interface KeySlot {
  readonly kind: "slot";
  /** The attribute whose value fills the slot. */
  readonly attribute: string;
  /** Zero-padded width of an integer slot (`{rank:06}` → 6), so it sorts as text. */
  readonly width?: number;
}

/** The slots of a template, in order. */
export function templateSlots(template: KeyTemplate): readonly KeySlot[] {
  return template.parts.filter((p): p is KeySlot => p.kind === "slot");
}

/** The literal text before the first slot (the whole template when it has no slot). */
export function templatePrefix(template: KeyTemplate): string {
  let prefix = "";
  for (const part of template.parts) {
    if (part.kind === "slot") break;
    prefix += part.text;
  }
  return prefix;
}

/**
 * Every character a datetime value can hold: the runtime's DATETIME_PATTERN admits only these,
 * and at least 16 of them.
 */
export const DATETIME_CHARACTERS = "0123456789-:.+TZ";
