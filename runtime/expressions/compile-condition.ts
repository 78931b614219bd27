import type { ConditionNode, KeyConditionNode } from "./nodes.js";
import type { ExpressionScope } from "./scope.js";

/** Writes a condition tree as DynamoDB condition text; every name and value goes through `scope`. */
export function writeCondition(node: ConditionNode, scope: ExpressionScope): string {
  switch (node.kind) {
    case "comparison":
      return `${scope.operand(node.left)} ${node.operator} ${scope.operand(node.right)}`;
    case "between":
      return `${scope.operand(node.operand)} BETWEEN ${scope.operand(node.low)} AND ${scope.operand(node.high)}`;
    case "in":
      return `${scope.operand(node.operand)} IN (${node.values.map((v) => scope.operand(v)).join(", ")})`;
    case "function": {
      const path = scope.path(node.path);
      return node.argument === undefined ? `${node.name}(${path})` : `${node.name}(${path}, ${scope.operand(node.argument)})`;
    }
    case "and":
    case "or":
      return node.conditions.map((c) => writeNested(c, scope)).join(node.kind === "and" ? " AND " : " OR ");
    case "not":
      return `NOT (${writeCondition(node.condition, scope)})`;
  }
}

/** Writes `pk = :v AND sk op …`, the only shape KeyConditionExpression accepts. */
export function writeKeyCondition(node: KeyConditionNode, scope: ExpressionScope): string {
  const partition = writeCondition(node.partition, scope);
  return node.sort === undefined ? partition : `${partition} AND ${writeCondition(node.sort, scope)}`;
}

function writeNested(node: ConditionNode, scope: ExpressionScope): string {
  const text = writeCondition(node, scope);
  return node.kind === "and" || node.kind === "or" ? `(${text})` : text;
}
