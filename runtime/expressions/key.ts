import { ValidationError } from "../errors/index.js";
import type { ComparisonOperator, KeyConditionNode, SortConditionNode, ValueEncoder } from "./nodes.js";
import { checkArity, valueNode } from "./operand.js";
import { toPath } from "./path.js";

/** A key condition node or the builder wrapping one. */
export type KeyConditionInput = KeyCondition | KeyConditionNode;

/**
 * One or two key comparisons; `and` joins the partition equality with a sort condition, in either order.
 *
 * @example
 * key("pk").eq("CUSTOMER#c1").and(key("sk").beginsWith("ORDER#"))
 */
export class KeyCondition {
  constructor(readonly parts: readonly SortConditionNode[]) {
    Object.freeze(this);
  }

  /**
   * Adds the other half of the key condition.
   *
   * @example
   * key("sk").between("A", "M").and(key("pk").eq("X")) // pk = … AND sk BETWEEN …
   */
  and(other: KeyCondition): KeyCondition {
    const parts = [...this.parts, ...other.parts];
    if (parts.length > 2) throw new ValidationError("keyCondition", "", "a key condition has one partition and at most one sort condition");
    return new KeyCondition(Object.freeze(parts));
  }

  /**
   * The validated node: exactly one partition equality, at most one sort condition on another attribute.
   *
   * @example
   * key("pk").eq("A").node // { kind: "keyCondition", partition: { operator: "=", … } }
   */
  get node(): KeyConditionNode {
    const [first, second] = this.parts;
    const partitionFirst = first?.kind === "comparison" && first.operator === "=";
    const partition = partitionFirst ? first : second;
    const sort = partitionFirst ? second : first;
    if (partition?.kind !== "comparison" || partition.operator !== "=") {
      throw new ValidationError("keyCondition", "", "a key condition needs the partition key compared with eq");
    }
    if (sort !== undefined && sameAttribute(sort, partition)) {
      throw new ValidationError("keyCondition", keyName(partition), "partition and sort conditions name the same attribute");
    }
    return Object.freeze({ kind: "keyCondition", partition, sort });
  }
}

/** A key attribute: comparisons that KeyConditionExpression allows, nothing else. */
export class KeyAttribute {
  readonly #name: string;
  readonly #encoder: ValueEncoder | undefined;

  constructor(name: string, encoder?: ValueEncoder) {
    this.#name = name;
    this.#encoder = encoder;
    Object.freeze(this);
  }

  /** `key = :v` (partition or sort) @example key("pk").eq("A") */
  eq(value: unknown): KeyCondition {
    checkArity("eq", this.#name, arguments.length, 1);
    return this.compare("=", value);
  }
  /** `sk < :v` @example key("sk").lt("B") */
  lt(value: unknown): KeyCondition {
    checkArity("lt", this.#name, arguments.length, 1);
    return this.compare("<", value);
  }
  /** `sk <= :v` @example key("sk").lte("B") */
  lte(value: unknown): KeyCondition {
    checkArity("lte", this.#name, arguments.length, 1);
    return this.compare("<=", value);
  }
  /** `sk > :v` @example key("sk").gt("B") */
  gt(value: unknown): KeyCondition {
    checkArity("gt", this.#name, arguments.length, 1);
    return this.compare(">", value);
  }
  /** `sk >= :v` @example key("sk").gte("B") */
  gte(value: unknown): KeyCondition {
    checkArity("gte", this.#name, arguments.length, 1);
    return this.compare(">=", value);
  }
  /** `sk BETWEEN :low AND :high` @example key("sk").between("A", "M") */
  between(low: unknown, high: unknown): KeyCondition {
    checkArity("between", this.#name, arguments.length, 2);
    const node = { kind: "between", operand: this.path(), low: this.value(low), high: this.value(high) } as const;
    return single(node);
  }
  /** `begins_with(sk, :prefix)` @example key("sk").beginsWith("ORDER#") */
  beginsWith(prefix: unknown): KeyCondition {
    checkArity("beginsWith", this.#name, arguments.length, 1);
    return single({ kind: "function", name: "begins_with", path: this.path(), argument: valueNode(notEmpty(prefix, this.#name), undefined, this.#name) });
  }

  private compare(operator: ComparisonOperator, value: unknown): KeyCondition {
    return single({ kind: "comparison", operator, left: this.path(), right: this.value(value) });
  }
  private path() {
    return toPath([this.#name]);
  }
  private value(value: unknown) {
    return valueNode(notEmpty(value, this.#name), this.#encoder, this.#name);
  }
}

/** DynamoDB refuses an empty string or binary as a key value in a key condition: said before sending. */
function notEmpty(value: unknown, name: string): unknown {
  if (value === "" || (value instanceof Uint8Array && value.byteLength === 0)) {
    throw new ValidationError("emptyKey", name, "a key condition value cannot be empty (DynamoDB refuses it)");
  }
  return value;
}

/**
 * A key attribute, in the spirit of boto3's `Key`. The name is taken whole (key attributes are
 * top-level), so `key("a.b")` is the attribute named "a.b".
 *
 * @example
 * key("pk").eq("A").and(key("sk").beginsWith("B"))
 */
export function key(name: string, encoder?: ValueEncoder): KeyAttribute {
  if (typeof name !== "string" || name === "") throw new ValidationError("emptyName", "", "a key attribute needs a name");
  return new KeyAttribute(name, encoder);
}

/**
 * The node behind a key condition builder, validated, or the node itself.
 *
 * @example
 * toKeyConditionNode(key("pk").eq("A")).partition.operator // "="
 */
export function toKeyConditionNode(input: KeyConditionInput): KeyConditionNode {
  return input instanceof KeyCondition ? input.node : input;
}

function single(node: SortConditionNode): KeyCondition {
  return new KeyCondition(Object.freeze([Object.freeze(node)]));
}

function keyName(node: SortConditionNode): string {
  const path = node.kind === "comparison" ? node.left : node.kind === "between" ? node.operand : node.path;
  return path.kind === "path" ? String(path.segments[0]) : "";
}

function sameAttribute(a: SortConditionNode, b: SortConditionNode): boolean {
  return keyName(a) === keyName(b);
}
