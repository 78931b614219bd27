import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { OperandNode, PathNode, ValueEncoder, ValueNode } from "./nodes.js";
import type { Placeholders } from "./placeholders.js";

/**
 * Compiles the leaves of one expression part through the request's shared placeholders,
 * recording which names and values this part used.
 */
export class ExpressionScope {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, AttributeValue> = {};

  constructor(
    private readonly placeholders: Placeholders,
    private readonly encode: ValueEncoder,
  ) {}

  path(node: PathNode): string {
    let out = "";
    for (const segment of node.segments) {
      if (typeof segment === "number") out += `[${segment}]`;
      else {
        const placeholder = this.placeholders.name(segment);
        this.names[placeholder] = segment;
        out += out === "" ? placeholder : `.${placeholder}`;
      }
    }
    return out;
  }

  value(node: ValueNode): string {
    const encoded = (node.encoder ?? this.encode)(node.value);
    const placeholder = this.placeholders.value(encoded);
    this.values[placeholder] = encoded;
    return placeholder;
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
