// Shared pieces of the single-item operations: sending with error mapping, and conditions.
import { toDynagenError } from "../errors/index.js";
import { and, attr, type Condition, type ConditionNode } from "../expressions/index.js";
import type { EntityDescriptor, RawItem } from "./descriptor.js";

/** A condition written against the entity's typed attribute refs. */
export type ConditionCallback<Refs> = (attributes: Refs) => Condition;

/**
 * Sends one command and reads its answer with `read`, mapping SDK errors (a failed condition
 * carries the current item, unmarshalled). One promise per call: this is on every request's path.
 */
export function sendItemCommand<O, T>(
  send: () => Promise<O>,
  descriptor: EntityDescriptor<unknown, never, never>,
  operation: string,
  read: (out: O) => T,
  onExists = false,
): Promise<T> {
  const mapError = (error: unknown): never => {
    throw toDynagenError(error, { unmarshal: (raw: RawItem) => descriptor.unmarshal(raw), operation: `${descriptor.name}.${operation}`, onExists });
  };
  let sent: Promise<O>;
  try {
    sent = send();
  } catch (error) {
    return Promise.reject(error).then(undefined, mapError);
  }
  return sent.then(read, mapError);
}

// Conditions are immutable, so each entity's fixed ones are built once.
const existsConditions = new WeakMap<object, Condition>();
const missingConditions = new WeakMap<object, Condition>();
const typeConditions = new WeakMap<object, Condition>();

/** The item exists: `attribute_exists(<partition key>)`. */
export function itemExists(descriptor: EntityDescriptor<unknown, never, never>): Condition {
  let condition = existsConditions.get(descriptor);
  if (condition === undefined) existsConditions.set(descriptor, (condition = attr([descriptor.keyAttributes[0] as string]).exists()));
  return condition;
}

/**
 * Whether `condition` can only hold on an item that exists: then `attribute_exists(<partition
 * key>)` beside it changes nothing and is left out of the request. Only what is false for a
 * missing attribute counts: `=` between an attribute and a value, `attribute_exists`,
 * `attribute_type`, `begins_with`, `contains`; an AND with one of those, an OR of only those.
 * Anything else (`<>`, NOT, comparisons of two paths or of `size`) keeps the existence check.
 *
 * @example
 * requiresItem(attr("status").eq("paid")) // true: a missing item has no status equal to "paid"
 * requiresItem(attr("status").ne("paid")) // false
 */
export function requiresItem(condition: Condition | undefined): boolean {
  return condition !== undefined && nodeRequiresItem(condition.node);
}

function nodeRequiresItem(node: ConditionNode): boolean {
  switch (node.kind) {
    case "comparison":
      return node.operator === "=" && ((node.left.kind === "path" && node.right.kind === "value") || (node.left.kind === "value" && node.right.kind === "path"));
    case "function":
      return node.name !== "attribute_not_exists";
    case "and":
      return node.conditions.some(nodeRequiresItem);
    case "or":
      return node.conditions.length > 0 && node.conditions.every(nodeRequiresItem);
    default:
      return false;
  }
}

/** No item with this key: `attribute_not_exists(<partition key>)`. */
export function itemMissing(descriptor: EntityDescriptor<unknown, never, never>): Condition {
  let condition = missingConditions.get(descriptor);
  if (condition === undefined) missingConditions.set(descriptor, (condition = attr([descriptor.keyAttributes[0] as string]).notExists()));
  return condition;
}

/** Only this entity's items: `<type attribute> = <entity name>`, for queries and scans. */
export function ofEntityType(descriptor: EntityDescriptor<unknown, never, never>): Condition {
  let condition = typeConditions.get(descriptor);
  if (condition === undefined) typeConditions.set(descriptor, (condition = attr([descriptor.typeAttribute]).eq(descriptor.name)));
  return condition;
}

/** The stored version equals the one the caller read. */
export function versionIs(attribute: string, version: unknown): Condition {
  return attr([attribute]).eq(version);
}

/** Joins the conditions that are present; undefined when none is. */
export function allOf(...conditions: (Condition | undefined)[]): Condition | undefined {
  let only: Condition | undefined;
  let count = 0;
  for (const c of conditions) if (c !== undefined) (only = c), count++;
  if (count <= 1) return only;
  return and(...conditions.filter((c): c is Condition => c !== undefined));
}

/** Erases an entity's type parameters for the helpers above. */
export function loose<Item, Key, Create>(descriptor: EntityDescriptor<Item, Key, Create>): EntityDescriptor<unknown, never, never> {
  return descriptor as unknown as EntityDescriptor<unknown, never, never>;
}
