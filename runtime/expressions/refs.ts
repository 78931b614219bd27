// The typed views generated code exposes in `(a) => a.total.gt(100)` callbacks. They are plain
// generic interfaces over one runtime class (AttributeExpr): no conditional or recursive types.
import { AttributeExpr, type AttributeTypeCode } from "./attribute.js";
import type { Condition } from "./condition.js";
import type { PathNode, ValueEncoder } from "./nodes.js";
import { toPath } from "./path.js";

/** `size(attribute)`: compared with numbers only. */
export interface SizeRef {
  eq(value: number): Condition;
  ne(value: number): Condition;
  lt(value: number): Condition;
  lte(value: number): Condition;
  gt(value: number): Condition;
  gte(value: number): Condition;
  between(low: number, high: number): Condition;
  in(values: readonly number[]): Condition;
}

/** An attribute holding values of type `T`: its methods accept only `T` (or another `T` attribute). */
export interface AttributeRef<T> {
  readonly path: PathNode;
  eq(value: T | AttributeRef<T>): Condition;
  ne(value: T | AttributeRef<T>): Condition;
  lt(value: T | AttributeRef<T>): Condition;
  lte(value: T | AttributeRef<T>): Condition;
  gt(value: T | AttributeRef<T>): Condition;
  gte(value: T | AttributeRef<T>): Condition;
  between(low: T, high: T): Condition;
  in(values: readonly T[]): Condition;
  exists(): Condition;
  notExists(): Condition;
  type(code: AttributeTypeCode): Condition;
}

/** A string attribute (string, enum, datetime): adds `beginsWith`, `contains` and `size`. */
export interface StringRef<T extends string = string> extends AttributeRef<T> {
  beginsWith(prefix: string): Condition;
  contains(substring: string): Condition;
  size(): SizeRef;
}

/** A list attribute of `E` elements. */
export interface ListRef<E> extends AttributeRef<readonly E[]> {
  contains(element: E): Condition;
  size(): SizeRef;
}

/** A set attribute of `E` elements. */
export interface SetRef<E> extends AttributeRef<ReadonlySet<E>> {
  contains(element: E): Condition;
  size(): SizeRef;
}

/** A map or binary attribute: `size` as well as the common conditions. */
export interface SizedRef<T> extends AttributeRef<T> {
  size(): SizeRef;
}

/**
 * Builds the object of refs a generated `(a) => …` callback receives, one per top-level
 * attribute. Build it once per entity at module load and reuse it: refs are immutable.
 * Assigning the result to the entity's refs interface type-checks each entry.
 *
 * @example
 * interface OrderRefs { total: AttributeRef<number>; status: StringRef<"paid" | "pending"> }
 * const orderRefs: OrderRefs = attributeRefs(["total", "status"]);
 * orderRefs.total.gt(100); // compiles; orderRefs.total.gt("x") does not
 */
export function attributeRefs<K extends string>(
  names: readonly K[],
  encoders?: Partial<Record<K, ValueEncoder>>,
): Record<K, AttributeExpr> {
  const refs = {} as Record<K, AttributeExpr>;
  for (const name of names) refs[name] = new AttributeExpr(toPath([name]), encoders?.[name]);
  return Object.freeze(refs);
}

/**
 * The refs object of a generated entity, one ref per name, for the generated code to type as its
 * `XRefs` interface (`entityRefs(names) as OrderRefs`). Unlike `attributeRefs`, its result is not
 * a mapped type that the compiler would relate to that interface, entry by entry, for every
 * entity of every project that compiles the output.
 *
 * @example
 * export const ORDER_REFS = entityRefs(["total", "status"]) as OrderRefs;
 */
export function entityRefs(names: readonly string[]): object {
  return attributeRefs(names);
}
