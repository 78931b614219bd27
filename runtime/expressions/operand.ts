import { ValidationError } from "../errors/index.js";
import type { OperandNode, PathNode, ValueEncoder, ValueNode } from "./nodes.js";

/** Anything that stands for a document path in an operand position: `attr("a")`, a typed ref. */
export interface PathSource {
  readonly path: PathNode;
}

/** Anything that stands for `size(path)`. */
export interface SizeSource {
  readonly sizeOf: PathNode;
}

/** Marks builder objects so they are never mistaken for plain values (class instances are not values). */
export const OPERAND = Symbol("dynagen.operand");

/**
 * Wraps a JS value as a value node. `undefined` is rejected: DynamoDB has no such value.
 *
 * @example
 * valueNode(5) // { kind: "value", value: 5 }
 */
export function valueNode(value: unknown, encoder?: ValueEncoder, path = ""): ValueNode {
  if (value === undefined) throw new ValidationError("undefinedValue", path, "a value is required (undefined given)");
  return Object.freeze(encoder === undefined ? { kind: "value", value } : { kind: "value", value, encoder });
}

/**
 * A right-hand operand: another attribute (`attr("b")`), its size, or a plain value.
 *
 * @example
 * toOperand(attr("limit")) // the path of "limit"; toOperand(3) // the value 3
 */
export function toOperand(input: unknown, encoder?: ValueEncoder, path = ""): OperandNode {
  if (typeof input === "object" && input !== null && OPERAND in input) {
    if ("sizeOf" in input) return Object.freeze({ kind: "size", path: (input as unknown as SizeSource).sizeOf });
    return (input as unknown as PathSource).path;
  }
  return valueNode(input, encoder, path);
}

/** Throws `validation.arity` when a builder method got the wrong number of arguments (for untyped callers). */
export function checkArity(method: string, path: string, given: number, expected: number): void {
  if (given !== expected) {
    throw new ValidationError("arity", path, `${method} takes ${expected} argument${expected === 1 ? "" : "s"}, ${given} given`);
  }
}
