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
export class Placeholders {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, AttributeValue> = {};
  private readonly byName = new Map<string, string>();
  private valueCount = 0;

  /** The placeholder for one attribute name (one path segment). */
  name(attributeName: string): string {
    let placeholder = this.byName.get(attributeName);
    if (placeholder === undefined) {
      placeholder = `#n${this.byName.size}`;
      this.byName.set(attributeName, placeholder);
      this.names[placeholder] = attributeName;
    }
    return placeholder;
  }

  /** A fresh placeholder holding one encoded value. */
  value(attributeValue: AttributeValue): string {
    const placeholder = `:v${this.valueCount++}`;
    this.values[placeholder] = attributeValue;
    return placeholder;
  }
}
