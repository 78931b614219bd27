import type { ConditionNode, KeyConditionNode, OperandNode } from "./nodes.js";
import type { ExpressionScope } from "./scope.js";

/** Writes a condition tree as DynamoDB condition text; every name and value goes through `scope`. */
export function writeCondition(node: ConditionNode, scope: ExpressionScope): string {
  switch (node.kind) {
    case "comparison":
      return `${scope.operand(node.left)} ${node.operator} ${scope.operand(node.right)}`;
    case "between":
      return `${scope.operand(node.operand)} BETWEEN ${scope.operand(node.low)} AND ${scope.operand(node.high)}`;
    case "in": {
      let list = scope.operand(node.operand) + " IN (";
      for (let i = 0; i < node.values.length; i++) list += (i === 0 ? "" : ", ") + scope.operand(node.values[i] as OperandNode);
      return list + ")";
    }
    case "function": {
      const path = scope.path(node.path);
      return node.argument === undefined ? `${node.name}(${path})` : `${node.name}(${path}, ${scope.operand(node.argument)})`;
    }
    case "and":
    case "or": {
      const joint = node.kind === "and" ? " AND " : " OR ";
      let text = "";
      for (let i = 0; i < node.conditions.length; i++) text += (i === 0 ? "" : joint) + writeNested(node.conditions[i] as ConditionNode, scope);
      return text;
    }
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
