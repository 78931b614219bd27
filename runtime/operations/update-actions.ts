import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { ValidationError } from "../errors/index.js";
import { encodeValue, formatPath, Placeholders, toPath, toConditionNode, type ConditionInput, type ExpressionParams, type UpdateActionNode, type UpdateNode } from "../expressions/index.js";
import { writeCondition } from "../expressions/compile-condition.js";
import { ExpressionScope } from "../expressions/scope.js";
import { currentTime } from "./clock.js";
import { callLoose, type EntityDescriptor } from "./descriptor.js";

/** A typed update as generated `…Update` interfaces describe it. */
export interface UpdateChanges {
  readonly set?: { readonly [name: string]: unknown };
  readonly remove?: readonly string[];
  readonly add?: { readonly [name: string]: unknown };
  readonly delete?: { readonly [name: string]: unknown };
}

const asIs = (value: unknown) => value as AttributeValue;
const CLAUSES = ["set", "remove", "add", "delete"] as const;
const KEYWORDS = { set: "SET ", remove: "REMOVE ", add: "ADD ", delete: "DELETE " } as const;

/**
 * One action of an update on a top-level attribute. `value` is the encoded value of a set (and of
 * the version's add); `raw` the caller's value of an add or delete, encoded when written.
 */
interface PlannedAction {
  readonly kind: "set" | "remove" | "add" | "delete";
  readonly name: string;
  readonly value?: AttributeValue;
  readonly raw?: unknown;
}

/**
 * The update actions for `changes`: values checked by the entity's marshallers, `onUpdate: now`
 * attributes set, the version incremented, and every secondary key whose slots change rewritten
 * (removed when a slot is removed). A key whose slots are only partly known is a ValidationError.
 * Each key of a sparse index lists the slots of both its keys, so the two are written or removed together.
 *
 * @example
 * updateActions(CUSTOMER, { customerId: "c1" }, { set: { email: "new@b.c" } }) // SET email, gsi1pk, updatedAt; ADD version
 */
export function updateActions(descriptor: EntityDescriptor<unknown, never, never>, key: object, changes: UpdateChanges): UpdateActionNode[] {
  return toNodes(planUpdate(descriptor, key, changes));
}

function toNodes(actions: readonly PlannedAction[]): UpdateActionNode[] {
  return actions.map((a): UpdateActionNode => {
    const path = toPath([a.name]);
    if (a.kind === "remove") return { kind: "remove", path };
    if (a.value !== undefined) return { kind: a.kind, path, value: Object.freeze({ kind: "value", value: a.value, encoder: asIs }) };
    return { kind: a.kind, path, value: Object.freeze({ kind: "value", value: a.raw }) };
  });
}

/**
 * The update node of {@link updateActions}, validated as `UpdateBuilder.node` would (at least one
 * action, no attribute updated twice).
 *
 * @example
 * compileExpressions({ update: updateNode(CUSTOMER, { customerId: "c1" }, { set: { name: "Anne" } }) })
 */
export function updateNode(descriptor: EntityDescriptor<unknown, never, never>, key: object, changes: UpdateChanges): UpdateNode {
  const planned = planUpdate(descriptor, key, changes);
  checkActions(planned);
  return Object.freeze({ kind: "update", actions: Object.freeze(toNodes(planned)) });
}

/**
 * The expression fields of an UpdateItem: `condition` (written first, as `compileParams` does)
 * and the update of `changes`, written straight from the planned actions, without building
 * expression nodes: the same text and placeholders as `compileParams({ update: updateNode(…), condition })`.
 *
 * @example
 * updateParams(CUSTOMER, { customerId: "c1" }, { set: { name: "Anne" } }, itemExists(CUSTOMER))
 */
export function updateParams(descriptor: EntityDescriptor<unknown, never, never>, key: object, changes: UpdateChanges, condition: ConditionInput | undefined): ExpressionParams {
  const actions = planUpdate(descriptor, key, changes);
  checkActions(actions);
  const scope = new ExpressionScope(new Placeholders(), encodeValue, true);
  const params: ExpressionParams = {};
  if (condition !== undefined) params.ConditionExpression = writeCondition(toConditionNode(condition), scope);
  // Clause by clause, as `writeUpdate` does, so placeholders are numbered in the same order.
  let text = "";
  for (const clause of CLAUSES) {
    let written = "";
    for (const a of actions) {
      if (a.kind !== clause) continue;
      written += written === "" ? KEYWORDS[clause] : ", ";
      const name = scope.name(a.name);
      if (clause === "remove") written += name;
      else if (clause === "set") written += name + " = " + scope.encoded(a.value as AttributeValue);
      else written += name + " " + scope.encoded(a.value ?? encodeValue(a.raw));
    }
    if (written !== "") text += text === "" ? written : " " + written;
  }
  params.UpdateExpression = text;
  params.ExpressionAttributeNames = scope.names;
  if (Object.keys(scope.values).length > 0) params.ExpressionAttributeValues = scope.values;
  return params;
}

/** At least one action, and no attribute updated twice (what `UpdateBuilder.node` checks). */
function checkActions(actions: readonly PlannedAction[]): void {
  if (actions.length === 0) throw new ValidationError("emptyUpdate", "", "an update needs at least one action");
  const seen = new Set<string>();
  for (const action of actions) {
    if (seen.has(action.name)) {
      const shown = formatPath([action.name]);
      throw new ValidationError("overlappingPaths", shown, `updated twice in one request (with ${shown})`);
    }
    seen.add(action.name);
  }
}

function planUpdate(descriptor: EntityDescriptor<unknown, never, never>, key: object, changes: UpdateChanges): PlannedAction[] {
  const actions: PlannedAction[] = [];
  const set = changes.set ?? {};
  const removed = new Set(changes.remove ?? []);
  const given: Record<string, unknown> = {};
  for (const name in set) {
    const value = set[name];
    if (value === undefined) continue;
    const marshal = descriptor.marshalValue[name];
    if (marshal === undefined) throw new ValidationError("unknownAttribute", name, `is not an updatable attribute of ${descriptor.name}`);
    const av = callLoose(marshal, value);
    if (av === undefined) removed.add(name);
    else {
      given[name] = value;
      actions.push({ kind: "set", name, value: av });
    }
  }
  for (const name of removed) actions.push({ kind: "remove", name });
  const add = changes.add;
  if (add !== undefined) for (const name in add) actions.push({ kind: "add", name, raw: add[name] });
  const remove = changes.delete;
  if (remove !== undefined) for (const name in remove) actions.push({ kind: "delete", name, raw: remove[name] });
  if (descriptor.onUpdateNow.length > 0) {
    const now = currentTime();
    for (const name of descriptor.onUpdateNow) if (!(name in given)) actions.push({ kind: "set", name, value: { S: now } });
  }
  if (descriptor.versionAttribute !== undefined) actions.push({ kind: "add", name: descriptor.versionAttribute, value: { N: "1" } });
  keyRewrites(descriptor, key as Record<string, unknown>, given, removed, actions);
  return actions;
}

function keyRewrites(descriptor: EntityDescriptor<unknown, never, never>, key: Record<string, unknown>, given: Record<string, unknown>, removed: ReadonlySet<string>, actions: PlannedAction[]): void {
  let wroteKey = false;
  for (const writer of descriptor.indexKeys) {
    // Most updates change no slot of most keys: decided without allocating anything.
    let touched = false;
    let anyRemoved = false;
    for (const s of writer.sources) {
      if (removed.has(s)) touched = anyRemoved = true;
      else if (s in given) touched = true;
    }
    if (!touched) continue;
    const changed = writer.sources.filter((s) => s in given || removed.has(s));
    if (anyRemoved) {
      actions.push({ kind: "remove", name: writer.attribute });
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const source of writer.sources) {
      const value = source in given ? given[source] : key[source];
      if (value === undefined) {
        throw new ValidationError("indexKeySlot", source, `changing ${changed.join(", ")} rewrites key ${writer.attribute}, which also needs ${source}: set it in the update`);
      }
      values[source] = value;
    }
    actions.push({ kind: "set", name: writer.attribute, value: { S: callLoose(writer.render, values) } });
    wroteKey = true;
  }
  // A key with no slots (`sort: "TICKET"`) never changes, so the loop above never writes it; it is
  // re-sent beside any rewritten key (harmless: alone it puts no item into any index). A sparse
  // index's slot-less key lists its partner's slots, so the loop writes and removes it with them.
  if (wroteKey) {
    for (const writer of descriptor.indexKeys) {
      if (writer.sources.length === 0) actions.push({ kind: "set", name: writer.attribute, value: { S: callLoose(writer.render, {}) } });
    }
  }
}
