import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { OperandNode, PathNode, ValueEncoder, ValueNode } from "./nodes.js";
import type { Placeholders } from "./placeholders.js";

/**
 * Compiles the leaves of one expression part through the request's shared placeholders,
 * recording which names and values this part used.
 */
export class ExpressionScope {
  readonly names: Record<string, string>;
  readonly values: Record<string, AttributeValue>;
  /**
   * `sole`: this scope is the only one using `placeholders` (one scope for a whole command), so
   * what it used is exactly what the allocator holds, and nothing is recorded twice.
   */
  constructor(
    private readonly placeholders: Placeholders,
    private readonly encode: ValueEncoder,
    sole = false,
  ) {
    this.names = sole ? placeholders.names : {};
    this.values = sole ? placeholders.values : {};
  }

  path(node: PathNode): string {
    let out = "";
    for (const segment of node.segments) {
      if (typeof segment === "number") out += `[${segment}]`;
      else {
        const placeholder = this.name(segment);
        out += out === "" ? placeholder : `.${placeholder}`;
      }
    }
    return out;
  }

  /** The placeholder of one attribute name (a one-name path is just this). */
  name(attributeName: string): string {
    const placeholder = this.placeholders.name(attributeName);
    if (this.names !== this.placeholders.names) this.names[placeholder] = attributeName;
    return placeholder;
  }

  /** The placeholder of a value already encoded. */
  encoded(attributeValue: AttributeValue): string {
    const placeholder = this.placeholders.value(attributeValue);
    if (this.values !== this.placeholders.values) this.values[placeholder] = attributeValue;
    return placeholder;
  }

  value(node: ValueNode): string {
    return this.encoded((node.encoder ?? this.encode)(node.value));
  }

  operand(node: OperandNode): string {
    switch (node.kind) {
      case "path":
        return this.path(node);
      case "value":
        return this.value(node);
      case "size":
        return `size(${this.path(node.path)})`;
    }
  }
}
