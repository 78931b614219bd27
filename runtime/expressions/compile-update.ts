import type { ProjectionNode, SetValueNode, UpdateActionNode, UpdateNode } from "./nodes.js";
import type { ExpressionScope } from "./scope.js";

const KEYWORDS = { set: "SET ", remove: "REMOVE ", add: "ADD ", delete: "DELETE " } as const;
const CLAUSES = ["set", "remove", "add", "delete"] as const;

/** Writes `SET … REMOVE … ADD … DELETE …`, actions kept in the order they were given within each clause. */
export function writeUpdate(node: UpdateNode, scope: ExpressionScope): string {
  const { actions } = node;
  let text = "";
  for (const clause of CLAUSES) {
    let written = "";
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i] as UpdateActionNode;
      if (action.kind !== clause) continue;
      written += written === "" ? KEYWORDS[clause] : ", ";
      written += writeAction(action, scope);
    }
    if (written !== "") text += text === "" ? written : " " + written;
  }
  return text;
}

/** Writes a comma-separated projection list. */
export function writeProjection(node: ProjectionNode, scope: ExpressionScope): string {
  return node.paths.map((p) => scope.path(p)).join(", ");
}

function writeAction(action: UpdateActionNode, scope: ExpressionScope): string {
  switch (action.kind) {
    case "set":
      return `${scope.path(action.path)} = ${writeSetValue(action.value, scope)}`;
    case "remove":
      return scope.path(action.path);
    case "add":
    case "delete":
      return `${scope.path(action.path)} ${scope.value(action.value)}`;
  }
}

function writeSetValue(node: SetValueNode, scope: ExpressionScope): string {
  switch (node.kind) {
    case "path":
      return scope.path(node);
    case "value":
      return scope.value(node);
    case "ifNotExists":
      return `if_not_exists(${scope.path(node.path)}, ${writeSetValue(node.value, scope)})`;
    case "listAppend":
      return `list_append(${writeSetValue(node.left, scope)}, ${writeSetValue(node.right, scope)})`;
    case "arithmetic":
      return `${writeSetValue(node.left, scope)} ${node.operator} ${writeSetValue(node.right, scope)}`;
  }
}
