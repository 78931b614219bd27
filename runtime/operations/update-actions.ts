import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { ValidationError } from "../errors/index.js";
import { formatPath, toPath, type UpdateActionNode, type UpdateNode } from "../expressions/index.js";
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
const encoded = (value: AttributeValue) => Object.freeze({ kind: "value" as const, value, encoder: asIs });
const pathOf = (name: string) => toPath([name]);

/**
 * The update actions for `changes`: values checked by the entity's marshallers, `onUpdate: now`
 * attributes set, the version incremented, and every secondary key whose slots change rewritten
 * (removed when a slot is removed). A key whose slots are only partly known is a ValidationError.
 *
 * @example
 * updateActions(CUSTOMER, { customerId: "c1" }, { set: { email: "new@b.c" } }) // SET email, gsi1pk, updatedAt; ADD version
 */
export function updateActions(descriptor: EntityDescriptor<unknown, never, never>, key: object, changes: UpdateChanges): UpdateActionNode[] {
  const actions: UpdateActionNode[] = [];
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
      actions.push({ kind: "set", path: pathOf(name), value: encoded(av) });
    }
  }
  for (const name of removed) actions.push({ kind: "remove", path: pathOf(name) });
  for (const name in changes.add ?? {}) actions.push({ kind: "add", path: pathOf(name), value: Object.freeze({ kind: "value", value: changes.add?.[name] }) });
  for (const name in changes.delete ?? {}) actions.push({ kind: "delete", path: pathOf(name), value: Object.freeze({ kind: "value", value: changes.delete?.[name] }) });
  if (descriptor.onUpdateNow.length > 0) {
    const now = currentTime();
    for (const name of descriptor.onUpdateNow) if (!(name in given)) actions.push({ kind: "set", path: pathOf(name), value: encoded({ S: now }) });
  }
  if (descriptor.versionAttribute !== undefined) actions.push({ kind: "add", path: pathOf(descriptor.versionAttribute), value: encoded({ N: "1" }) });
  keyRewrites(descriptor, key as Record<string, unknown>, given, removed, actions);
  return actions;
}

/**
 * The update node of {@link updateActions}, validated as `UpdateBuilder.node` would (at least one
 * action, no attribute updated twice) in one pass: every path here is one top-level name.
 *
 * @example
 * compileExpressions({ update: updateNode(CUSTOMER, { customerId: "c1" }, { set: { name: "Anne" } }) })
 */
export function updateNode(descriptor: EntityDescriptor<unknown, never, never>, key: object, changes: UpdateChanges): UpdateNode {
  const actions = updateActions(descriptor, key, changes);
  if (actions.length === 0) throw new ValidationError("emptyUpdate", "", "an update needs at least one action");
  const seen = new Set<string | number>();
  for (const action of actions) {
    const name = action.path.segments[0];
    if (seen.has(name)) {
      const shown = formatPath([name]);
      throw new ValidationError("overlappingPaths", shown, `updated twice in one request (with ${shown})`);
    }
    seen.add(name);
  }
  return Object.freeze({ kind: "update", actions: Object.freeze(actions) });
}

function keyRewrites(descriptor: EntityDescriptor<unknown, never, never>, key: Record<string, unknown>, given: Record<string, unknown>, removed: ReadonlySet<string>, actions: UpdateActionNode[]): void {
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
      actions.push({ kind: "remove", path: pathOf(writer.attribute) });
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
    actions.push({ kind: "set", path: pathOf(writer.attribute), value: encoded({ S: callLoose(writer.render, values) }) });
    wroteKey = true;
  }
  // A key with no slots (`partition: "ESCALATED"`) never changes, so the loop above never writes
  // it; but when a sparse index's other key is written now, the item must carry it to enter the
  // index. Writing a constant is harmless elsewhere: alone it puts no item into any index.
  if (wroteKey) {
    for (const writer of descriptor.indexKeys) {
      if (writer.sources.length === 0) actions.push({ kind: "set", path: pathOf(writer.attribute), value: encoded({ S: callLoose(writer.render, {}) }) });
    }
  }
}
