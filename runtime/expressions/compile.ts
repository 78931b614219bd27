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
  const parts: { -readonly [K in keyof CompiledExpressions["parts"]]: CompiledExpression } = {};
  const params: ExpressionParams = {};
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  let scope: ExpressionScope;
  // Each part gets its own scope (its own names and values); all share the placeholders.
  const compiled = (expression: string): CompiledExpression => {
    Object.assign(names, scope.names);
    Object.assign(values, scope.values);
    return Object.freeze({ expression, names: scope.names, values: scope.values });
  };
  if (input.keyCondition !== undefined) {
    const node = toKeyConditionNode(input.keyCondition);
    scope = new ExpressionScope(placeholders, encode);
    parts.keyCondition = compiled((params.KeyConditionExpression = writeKeyCondition(node, scope)));
  }
  if (input.condition !== undefined) {
    const node = toConditionNode(input.condition);
    scope = new ExpressionScope(placeholders, encode);
    parts.condition = compiled((params.ConditionExpression = writeCondition(node, scope)));
  }
  if (input.filter !== undefined) {
    const node = toConditionNode(input.filter);
    scope = new ExpressionScope(placeholders, encode);
    parts.filter = compiled((params.FilterExpression = writeCondition(node, scope)));
  }
  if (input.update !== undefined) {
    const node = toUpdateNode(input.update);
    scope = new ExpressionScope(placeholders, encode);
    parts.update = compiled((params.UpdateExpression = writeUpdate(node, scope)));
  }
  if (input.projection !== undefined) {
    const node = toProjectionNode(input.projection);
    scope = new ExpressionScope(placeholders, encode);
    parts.projection = compiled((params.ProjectionExpression = writeProjection(node, scope)));
  }
  if (hasAny(names)) params.ExpressionAttributeNames = names;
  if (hasAny(values)) params.ExpressionAttributeValues = values;
  return Object.freeze({ parts: Object.freeze(parts), params });
}

function hasAny(record: object): boolean {
  for (const _ in record) return true;
  return false;
}
