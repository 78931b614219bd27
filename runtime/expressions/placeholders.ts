import type { AttributeValue } from "@aws-sdk/client-dynamodb";

/**
 * One allocator per request: `#n0, #n1…` for names (the same name always gets the same
 * placeholder) and `:v0, :v1…` for values, so every part of one command can share it without collisions.
 *
 * @example
 * const p = new Placeholders();
 * p.name("status"); // "#n0"
 * p.name("status"); // "#n0" again
 * p.value({ S: "paid" }); // ":v0"
 */
/** `#n0`…`#n63` and `:v0`…`:v63`, made once: a request rarely needs more, and then they are built. */
const NAMES = Array.from({ length: 64 }, (_, i) => `#n${i}`);
const VALUES = Array.from({ length: 64 }, (_, i) => `:v${i}`);

export class Placeholders {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, AttributeValue> = {};
  private readonly byName = new Map<string, string>();
  private valueCount = 0;

  /** The placeholder for one attribute name (one path segment). */
  name(attributeName: string): string {
    let placeholder = this.byName.get(attributeName);
    if (placeholder === undefined) {
      const index = this.byName.size;
      placeholder = NAMES[index] ?? `#n${index}`;
      this.byName.set(attributeName, placeholder);
      this.names[placeholder] = attributeName;
    }
    return placeholder;
  }

  /** A fresh placeholder holding one encoded value. */
  value(attributeValue: AttributeValue): string {
    const index = this.valueCount++;
    const placeholder = VALUES[index] ?? `:v${index}`;
    this.values[placeholder] = attributeValue;
    return placeholder;
  }
}
