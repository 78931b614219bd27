/** The type names a shorthand may use: the types that need no further settings. */
export const SHORTHAND_TYPES = ["string", "number", "boolean", "binary", "datetime", "ttl", "json"] as const;

export type ShorthandType = (typeof SHORTHAND_TYPES)[number];

/**
 * Reads an attribute shorthand: `string` is a required string, `string?` an optional one.
 * Returns undefined when the text is not a shorthand.
 *
 * @example parseAttributeShorthand("datetime?") // { type: "datetime", optional: true }
 */
export function parseAttributeShorthand(text: string): { type: ShorthandType; optional: boolean } | undefined {
  const optional = text.endsWith("?");
  const name = optional ? text.slice(0, -1) : text;
  const type = SHORTHAND_TYPES.find((t) => t === name);
  return type ? { type, optional } : undefined;
}
