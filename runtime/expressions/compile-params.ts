import { writeCondition, writeKeyCondition } from "./compile-condition.js";
import { writeProjection, writeUpdate } from "./compile-update.js";
import type { ExpressionInput, ExpressionParams } from "./compile.js";
import { toConditionNode } from "./condition.js";
import { encodeValue } from "./encode.js";
import { toKeyConditionNode } from "./key.js";
import { Placeholders } from "./placeholders.js";
import { toProjectionNode } from "./projection.js";
import { ExpressionScope } from "./scope.js";
import { toUpdateNode } from "./update.js";

/**
 * The command fields of {@link compileExpressions}, the same text and placeholders, without the
 * per-part results: one scope for the whole command, nothing frozen or merged afterwards. The
 * operations call this once per request, so it stays as short as a request allows.
 *
 * @example
 * await client.send(new UpdateItemCommand({ TableName, Key, ...compileParams({ update: update().set("name", "Anne"), condition: attr("pk").exists() }) }));
 */
export function compileParams(input: ExpressionInput): ExpressionParams {
  const scope = new ExpressionScope(new Placeholders(), encodeValue, true);
  const params: ExpressionParams = {};
  if (input.keyCondition !== undefined) params.KeyConditionExpression = writeKeyCondition(toKeyConditionNode(input.keyCondition), scope);
  if (input.condition !== undefined) params.ConditionExpression = writeCondition(toConditionNode(input.condition), scope);
  if (input.filter !== undefined) params.FilterExpression = writeCondition(toConditionNode(input.filter), scope);
  if (input.update !== undefined) params.UpdateExpression = writeUpdate(toUpdateNode(input.update), scope);
  if (input.projection !== undefined) params.ProjectionExpression = writeProjection(toProjectionNode(input.projection), scope);
  for (const _ in scope.names) {
    params.ExpressionAttributeNames = scope.names;
    break;
  }
  for (const _ in scope.values) {
    params.ExpressionAttributeValues = scope.values;
    break;
  }
  return params;
}
