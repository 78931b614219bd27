import { ValidationError } from "../errors/index.js";
import type { SetValueNode, UpdateOperandNode } from "./nodes.js";
import { OPERAND, valueNode, type PathSource } from "./operand.js";
import { toPath, type PathInput } from "./path.js";

/**
 * A computed right-hand side for `update().set(path, …)`: `if_not_exists`, `list_append`, `+`, `-`.
 * Operands are attributes when given as `attr(...)`, values otherwise.
 */
export class UpdateValue {
  constructor(readonly node: SetValueNode) {
    Object.freeze(this);
  }
}

/**
 * `if_not_exists(path, value)`: the stored value, or `value` when the attribute is absent.
 *
 * @example
 * update().set("createdAt", ifNotExists("createdAt", now)) // SET #n0 = if_not_exists(#n0, :v0)
 */
export function ifNotExists(path: PathInput, value: unknown): UpdateValue {
  return new UpdateValue(Object.freeze({ kind: "ifNotExists", path: toPath(path), value: updateOperand(value) }));
}

/**
 * `list_append(left, right)`; put the attribute first to append, last to prepend.
 *
 * @example
 * update().set("lines", listAppend(attr("lines"), [line])) // append
 * update().set("lines", listAppend([line], attr("lines"))) // prepend
 */
export function listAppend(left: unknown, right: unknown): UpdateValue {
  return new UpdateValue(Object.freeze({ kind: "listAppend", left: updateOperand(left), right: updateOperand(right) }));
}

/**
 * `left + right` in a SET action.
 *
 * @example
 * update().set("points", plus(ifNotExists("points", 0), 10)) // SET #n0 = if_not_exists(#n0, :v0) + :v1
 */
export function plus(left: unknown, right: unknown): UpdateValue {
  return new UpdateValue(Object.freeze({ kind: "arithmetic", operator: "+", left: updateOperand(left), right: updateOperand(right) }));
}

/**
 * `left - right` in a SET action.
 *
 * @example
 * update().set("stock", minus(attr("stock"), 1)) // SET #n0 = #n0 - :v0
 */
export function minus(left: unknown, right: unknown): UpdateValue {
  return new UpdateValue(Object.freeze({ kind: "arithmetic", operator: "-", left: updateOperand(left), right: updateOperand(right) }));
}

/** An attribute (`attr(...)`), a nested `ifNotExists`/`listAppend`, or a plain value. */
export function updateOperand(input: unknown): UpdateOperandNode {
  if (input instanceof UpdateValue) {
    if (input.node.kind === "arithmetic") return nestedArithmetic();
    return input.node;
  }
  if (typeof input === "object" && input !== null && OPERAND in input) {
    if ("path" in input) return (input as unknown as PathSource).path;
    throw new ValidationError("updateOperand", "", "size() can be used in conditions only, not in updates");
  }
  return valueNode(input);
}

/** Turns a `set` right-hand side (value, attribute or UpdateValue) into its node. */
export function setValue(input: unknown): SetValueNode {
  return input instanceof UpdateValue ? input.node : updateOperand(input);
}

function nestedArithmetic(): never {
  throw new ValidationError("arithmetic", "", "DynamoDB allows one + or - per SET action; arithmetic cannot be nested");
}
