import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { writeCondition, writeKeyCondition } from "./compile-condition.js";
import { writeProjection, writeUpdate } from "./compile-update.js";
import { toConditionNode, type ConditionInput } from "./condition.js";
import { encodeValue } from "./encode.js";
import { toKeyConditionNode, type KeyConditionInput } from "./key.js";
import type { ValueEncoder } from "./nodes.js";
import { Placeholders } from "./placeholders.js";
import { toProjectionNode, type ProjectionInput } from "./projection.js";
import { ExpressionScope } from "./scope.js";
import { toUpdateNode, type UpdateInput } from "./update.js";

/** The expression parts of one command; any may be left out. */
export interface ExpressionInput {
  keyCondition?: KeyConditionInput | undefined;
  condition?: ConditionInput | undefined;
  filter?: ConditionInput | undefined;
  update?: UpdateInput | undefined;
  projection?: ProjectionInput | undefined;
}

export interface CompileOptions {
  /** Encodes values that carry no encoder of their own. Default: {@link encodeValue}. */
  encodeValue?: ValueEncoder | undefined;
  /** Share one allocator with expressions compiled earlier for the same request. */
  placeholders?: Placeholders | undefined;
}

/** One compiled part, with only the names and values it uses. */
export interface CompiledExpression {
  readonly expression: string;
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, AttributeValue>>;
}

/** The fields to spread into a command input. Empty maps are left out: DynamoDB rejects them. */
export interface ExpressionParams {
  KeyConditionExpression?: string;
  ConditionExpression?: string;
  FilterExpression?: string;
  UpdateExpression?: string;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

export interface CompiledExpressions {
  readonly parts: {
    readonly keyCondition?: CompiledExpression;
    readonly condition?: CompiledExpression;
    readonly filter?: CompiledExpression;
    readonly update?: CompiledExpression;
    readonly projection?: CompiledExpression;
  };
  readonly params: ExpressionParams;
}

/**
 * Compiles every expression part of one command through one placeholder allocator.
 *
 * @example
 * const { params } = compileExpressions({
 *   keyCondition: key("pk").eq("C#1").and(key("sk").beginsWith("ORDER#")),
 *   filter: attr("total").gt(100),
 *   projection: ["total", "status"],
 * });
 * await client.send(new QueryCommand({ TableName: "shop", ...params }));
 */
export function compileExpressions(input: ExpressionInput, options: CompileOptions = {}): CompiledExpressions {
  const placeholders = options.placeholders ?? new Placeholders();
  const encode = options.encodeValue ?? encodeValue;
  const part = (write: (scope: ExpressionScope) => string): CompiledExpression => {
    const scope = new ExpressionScope(placeholders, encode);
    const expression = write(scope);
    return Object.freeze({ expression, names: scope.names, values: scope.values });
  };
  const parts: { -readonly [K in keyof CompiledExpressions["parts"]]: CompiledExpression } = {};
  if (input.keyCondition !== undefined) {
    const node = toKeyConditionNode(input.keyCondition);
    parts.keyCondition = part((s) => writeKeyCondition(node, s));
  }
  if (input.condition !== undefined) {
    const node = toConditionNode(input.condition);
    parts.condition = part((s) => writeCondition(node, s));
  }
  if (input.filter !== undefined) {
    const node = toConditionNode(input.filter);
    parts.filter = part((s) => writeCondition(node, s));
  }
  if (input.update !== undefined) {
    const node = toUpdateNode(input.update);
    parts.update = part((s) => writeUpdate(node, s));
  }
  if (input.projection !== undefined) {
    const node = toProjectionNode(input.projection);
    parts.projection = part((s) => writeProjection(node, s));
  }
  return Object.freeze({ parts: Object.freeze(parts), params: toParams(parts) });
}

function toParams(parts: CompiledExpressions["parts"]): ExpressionParams {
  const params: ExpressionParams = {};
  if (parts.keyCondition) params.KeyConditionExpression = parts.keyCondition.expression;
  if (parts.condition) params.ConditionExpression = parts.condition.expression;
  if (parts.filter) params.FilterExpression = parts.filter.expression;
  if (parts.update) params.UpdateExpression = parts.update.expression;
  if (parts.projection) params.ProjectionExpression = parts.projection.expression;
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  for (const p of [parts.keyCondition, parts.condition, parts.filter, parts.update, parts.projection]) {
    if (p === undefined) continue;
    Object.assign(names, p.names);
    Object.assign(values, p.values);
  }
  if (Object.keys(names).length > 0) params.ExpressionAttributeNames = names;
  if (Object.keys(values).length > 0) params.ExpressionAttributeValues = values;
  return params;
}
