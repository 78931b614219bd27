import { ValidationError } from "../errors/index.js";
import type { PathNode, UpdateActionNode, UpdateNode } from "./nodes.js";
import { valueNode } from "./operand.js";
import { formatPath, toPath, type PathInput } from "./path.js";
import { listAppend, minus, plus, setValue } from "./update-value.js";
import { attr } from "./attribute.js";

/** An update node or the builder wrapping one. */
export type UpdateInput = UpdateBuilder | UpdateNode;

/**
 * An immutable update expression builder: each method returns a new builder.
 *
 * @example
 * update().set("name", "Anne").increment("visits").add("points", 10).remove("nickname")
 * // SET #n0 = :v0, #n1 = #n1 + :v1 REMOVE #n3 ADD #n2 :v2
 */
export class UpdateBuilder {
  constructor(readonly actions: readonly UpdateActionNode[] = []) {
    Object.freeze(this);
  }

  /** `SET path = value`; value may be `attr(...)`, `ifNotExists`, `listAppend`, `plus`, `minus`. @example update().set("address.city", "Oslo") */
  set(path: PathInput, value: unknown): UpdateBuilder {
    return this.with({ kind: "set", path: toPath(path), value: setValue(value) });
  }

  /** `SET path = if_not_exists(path, value)` @example update().setIfNotExists("createdAt", now) */
  setIfNotExists(path: PathInput, value: unknown): UpdateBuilder {
    const node = toPath(path);
    return this.with({ kind: "set", path: node, value: { kind: "ifNotExists", path: node, value: valueNode(value, undefined, label(node)) } });
  }

  /** `SET path = list_append(path, items)` @example update().append("lines", [{ sku: "a", qty: 1 }]) */
  append(path: PathInput, items: readonly unknown[]): UpdateBuilder {
    const node = toPath(path);
    return this.set(node, listAppend(attr(node), items));
  }

  /** `SET path = list_append(items, path)` @example update().prepend("events", ["created"]) */
  prepend(path: PathInput, items: readonly unknown[]): UpdateBuilder {
    const node = toPath(path);
    return this.set(node, listAppend(items, attr(node)));
  }

  /** `SET path = path + by` (the attribute must exist; use `add` otherwise) @example update().increment("stock", 5) */
  increment(path: PathInput, by: unknown = 1): UpdateBuilder {
    const node = toPath(path);
    return this.set(node, plus(attr(node), by));
  }

  /** `SET path = path - by` @example update().decrement("stock") */
  decrement(path: PathInput, by: unknown = 1): UpdateBuilder {
    const node = toPath(path);
    return this.set(node, minus(attr(node), by));
  }

  /** `REMOVE path, …` @example update().remove("nickname", "lines[2]") */
  remove(...paths: PathInput[]): UpdateBuilder {
    if (paths.length === 0) throw new ValidationError("arity", "", "remove needs at least one path");
    return paths.reduce<UpdateBuilder>((b, p) => b.with({ kind: "remove", path: toPath(p) }), this);
  }

  /** `ADD path value`: adds to a number, or adds elements to a set (never an empty one). @example update().add("tags", new Set(["gift"])) */
  add(path: PathInput, value: unknown): UpdateBuilder {
    const node = toPath(path);
    if (value instanceof Set && value.size === 0) throw new ValidationError("emptySet", label(node), "ADD needs a non-empty set");
    return this.with({ kind: "add", path: node, value: valueNode(value, undefined, label(node)) });
  }

  /** `DELETE path set`: removes elements from a set. @example update().delete("tags", new Set(["old"])) */
  delete(path: PathInput, elements: ReadonlySet<unknown>): UpdateBuilder {
    const node = toPath(path);
    if (!(elements instanceof Set)) throw new ValidationError("notASet", label(node), "DELETE takes a set of elements to remove");
    if (elements.size === 0) throw new ValidationError("emptySet", label(node), "DELETE needs a non-empty set");
    return this.with({ kind: "delete", path: node, value: valueNode(elements, undefined, label(node)) });
  }

  /**
   * The validated node: at least one action, and no two actions on overlapping paths (DynamoDB rejects those).
   *
   * @example
   * update().set("a", 1).node.actions.length // 1
   */
  get node(): UpdateNode {
    if (this.actions.length === 0) throw new ValidationError("emptyUpdate", "", "an update needs at least one action");
    for (let i = 0; i < this.actions.length; i++) {
      for (let j = i + 1; j < this.actions.length; j++) {
        const a = this.actions[i]!.path;
        const b = this.actions[j]!.path;
        if (overlaps(a, b)) throw new ValidationError("overlappingPaths", label(a), `updated twice in one request (with ${label(b)})`);
      }
    }
    return Object.freeze({ kind: "update", actions: this.actions });
  }

  private with(action: UpdateActionNode): UpdateBuilder {
    return new UpdateBuilder(Object.freeze([...this.actions, Object.freeze(action)]));
  }
}

/**
 * Starts an update expression.
 *
 * @example
 * update().set("status", "paid").add("version", 1)
 */
export function update(): UpdateBuilder {
  return new UpdateBuilder();
}

/**
 * The validated node behind an update builder, or the node itself.
 *
 * @example
 * toUpdateNode(update().remove("a")).actions[0].kind // "remove"
 */
export function toUpdateNode(input: UpdateInput): UpdateNode {
  return input instanceof UpdateBuilder ? input.node : input;
}

function overlaps(a: PathNode, b: PathNode): boolean {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) if (a.segments[i] !== b.segments[i]) return false;
  return true;
}

function label(path: PathNode): string {
  return formatPath(path.segments);
}
