// Conditions, updates, projections and key conditions, compiled with one placeholder allocator per request.
export type * from "./nodes.js";
export { attr, AttributeExpr, SizeExpr, type AttributeTypeCode } from "./attribute.js";
export { Comparable, MAX_IN_OPERANDS } from "./comparable.js";
export { and, Condition, not, or, toConditionNode, type ConditionInput } from "./condition.js";
export { key, KeyAttribute, KeyCondition, toKeyConditionNode, type KeyConditionInput } from "./key.js";
export { update, UpdateBuilder, toUpdateNode, type UpdateInput } from "./update.js";
export { ifNotExists, listAppend, minus, plus, UpdateValue } from "./update-value.js";
export { projection, toProjectionNode, type ProjectionInput } from "./projection.js";
export { formatPath, parsePath, toPath, type PathInput } from "./path.js";
export { valueNode } from "./operand.js";
export { encodeValue } from "./encode.js";
export { Placeholders } from "./placeholders.js";
export { attributeRefs, entityRefs, type AttributeRef, type ListRef, type SetRef, type SizedRef, type SizeRef, type StringRef } from "./refs.js";
export { compileParams } from "./compile-params.js";
export {
  compileExpressions,
  type CompiledExpression,
  type CompiledExpressions,
  type CompileOptions,
  type ExpressionInput,
  type ExpressionParams,
} from "./compile.js";
