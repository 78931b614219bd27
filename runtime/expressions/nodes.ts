// The expression tree: immutable, kind-tagged plain objects. Builders make them; compilers read them.
import type { AttributeValue } from "@aws-sdk/client-dynamodb";

/** Turns one JS value into an AttributeValue. Generated code passes typed marshallers. */
export type ValueEncoder = (value: unknown) => AttributeValue;

/** A document path: `address.city` is `["address", "city"]`, `lines[0].qty` is `["lines", 0, "qty"]`. */
export interface PathNode {
  readonly kind: "path";
  readonly segments: readonly [string, ...(string | number)[]];
}

/** A value; it always becomes a `:v` placeholder. `encoder` overrides the request's encoder. */
export interface ValueNode {
  readonly kind: "value";
  readonly value: unknown;
  readonly encoder?: ValueEncoder | undefined;
}

/** `size(path)`, usable wherever a condition takes an operand. */
export interface SizeNode {
  readonly kind: "size";
  readonly path: PathNode;
}

export type OperandNode = PathNode | ValueNode | SizeNode;

export type ComparisonOperator = "=" | "<>" | "<" | "<=" | ">" | ">=";

export interface ComparisonNode {
  readonly kind: "comparison";
  readonly operator: ComparisonOperator;
  readonly left: OperandNode;
  readonly right: OperandNode;
}

export interface BetweenNode {
  readonly kind: "between";
  readonly operand: OperandNode;
  readonly low: OperandNode;
  readonly high: OperandNode;
}

export interface InNode {
  readonly kind: "in";
  readonly operand: OperandNode;
  readonly values: readonly OperandNode[];
}

/** DynamoDB's condition functions. `argument` is absent for the exists checks. */
export interface FunctionNode {
  readonly kind: "function";
  readonly name: "attribute_exists" | "attribute_not_exists" | "attribute_type" | "begins_with" | "contains";
  readonly path: PathNode;
  readonly argument?: OperandNode | undefined;
}

export interface LogicalNode {
  readonly kind: "and" | "or";
  readonly conditions: readonly ConditionNode[];
}

export interface NotNode {
  readonly kind: "not";
  readonly condition: ConditionNode;
}

export type ConditionNode = ComparisonNode | BetweenNode | InNode | FunctionNode | LogicalNode | NotNode;

/** The sort part of a key condition: a comparison, `BETWEEN` or `begins_with`. */
export type SortConditionNode = ComparisonNode | BetweenNode | FunctionNode;

export interface KeyConditionNode {
  readonly kind: "keyCondition";
  readonly partition: ComparisonNode;
  readonly sort?: SortConditionNode | undefined;
}

/** `if_not_exists(path, value)`. */
export interface IfNotExistsNode {
  readonly kind: "ifNotExists";
  readonly path: PathNode;
  readonly value: UpdateOperandNode;
}

/** `list_append(left, right)`: appending puts the path left, prepending puts it right. */
export interface ListAppendNode {
  readonly kind: "listAppend";
  readonly left: UpdateOperandNode;
  readonly right: UpdateOperandNode;
}

/** `left + right` or `left - right` in a SET action. */
export interface ArithmeticNode {
  readonly kind: "arithmetic";
  readonly operator: "+" | "-";
  readonly left: UpdateOperandNode;
  readonly right: UpdateOperandNode;
}

export type UpdateOperandNode = PathNode | ValueNode | IfNotExistsNode | ListAppendNode;
export type SetValueNode = UpdateOperandNode | ArithmeticNode;

export type UpdateActionNode =
  | { readonly kind: "set"; readonly path: PathNode; readonly value: SetValueNode }
  | { readonly kind: "remove"; readonly path: PathNode }
  | { readonly kind: "add"; readonly path: PathNode; readonly value: ValueNode }
  | { readonly kind: "delete"; readonly path: PathNode; readonly value: ValueNode };

export interface UpdateNode {
  readonly kind: "update";
  readonly actions: readonly UpdateActionNode[];
}

export interface ProjectionNode {
  readonly kind: "projection";
  readonly paths: readonly PathNode[];
}
