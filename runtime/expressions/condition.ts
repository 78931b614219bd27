import { ValidationError } from "../errors/index.js";
import type { ConditionNode } from "./nodes.js";

/** A condition node or the builder wrapping one. */
export type ConditionInput = Condition | ConditionNode;

/**
 * An immutable condition, built by `attr(...)` methods and combined with `and`, `or`, `not`.
 *
 * @example
 * attr("total").gt(100).and(attr("tags").contains("gift")).node // { kind: "and", conditions: [...] }
 */
export class Condition {
  constructor(readonly node: ConditionNode) {
    Object.freeze(this);
  }

  /**
   * Both this and every other condition.
   *
   * @example
   * attr("a").eq(1).and(attr("b").eq(2)) // #n0 = :v0 AND #n1 = :v1
   */
  and(...others: ConditionInput[]): Condition {
    return and(this, ...others);
  }

  /**
   * This or any other condition.
   *
   * @example
   * attr("a").eq(1).or(attr("b").exists()) // #n0 = :v0 OR attribute_exists(#n1)
   */
  or(...others: ConditionInput[]): Condition {
    return or(this, ...others);
  }

  /**
   * The negation of this condition.
   *
   * @example
   * attr("a").eq(1).not() // NOT (#n0 = :v0)
   */
  not(): Condition {
    return not(this);
  }
}

/**
 * All conditions must hold. Nested ANDs are flattened; one condition is returned as it is.
 *
 * @example
 * and(attr("a").eq(1), attr("b").lt(5), attr("c").exists())
 */
export function and(...conditions: ConditionInput[]): Condition {
  return logical("and", conditions);
}

/**
 * At least one condition must hold.
 *
 * @example
 * or(attr("status").eq("paid"), attr("status").eq("shipped"))
 */
export function or(...conditions: ConditionInput[]): Condition {
  return logical("or", conditions);
}

/**
 * The negation of a condition.
 *
 * @example
 * not(attr("archived").exists()) // NOT (attribute_exists(#n0))
 */
export function not(condition: ConditionInput): Condition {
  return new Condition(Object.freeze({ kind: "not", condition: toConditionNode(condition) }));
}

/**
 * The node behind a condition builder, or the node itself.
 *
 * @example
 * toConditionNode(attr("a").exists()).kind // "function"
 */
export function toConditionNode(input: ConditionInput): ConditionNode {
  if (input instanceof Condition) return input.node;
  if (input === null || typeof input !== "object" || typeof (input as { kind?: unknown }).kind !== "string") {
    throw new ValidationError("condition", "", "expected a condition built with attr(), and(), or() or not()");
  }
  return input;
}

function logical(kind: "and" | "or", conditions: readonly ConditionInput[]): Condition {
  if (conditions.length === 0) throw new ValidationError("emptyLogical", "", `${kind.toUpperCase()} needs at least one condition`);
  const nodes: ConditionNode[] = [];
  for (const c of conditions) {
    const node = toConditionNode(c);
    if (node.kind === kind) nodes.push(...node.conditions);
    else nodes.push(node);
  }
  if (nodes.length === 0) throw new ValidationError("emptyLogical", "", `${kind.toUpperCase()} needs at least one condition`);
  if (nodes.length === 1) return new Condition(nodes[0]!);
  return new Condition(Object.freeze({ kind, conditions: Object.freeze(nodes) }));
}
