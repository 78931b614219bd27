import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { Attribute, EntityIndex } from "../model/index.js";
import type { EntityContext } from "./context.js";
import { keyParts, slotAttributes } from "./entity-keys.js";
import { objectTypeText } from "./literal.js";
import { pascalCase, propertyName } from "./names.js";
import { typeText } from "./type-text.js";

/** `OrderByStatusQuery`: the first argument of `query.byStatus`. */
export function queryKeyTypeName(ctx: EntityContext, index: EntityIndex): string {
  return `${ctx.entity.name}${pascalCase(index.name)}Query`;
}

/** `OrderByStatusSort`: the `sort` option of `query.byStatus` (`never` when there is no slot). */
export function sortTypeName(ctx: EntityContext, index: EntityIndex): string {
  return `${ctx.entity.name}${pascalCase(index.name)}Sort`;
}

/**
 * Emits, for one access pattern, the query key type (partition slots, then optionally the sort
 * slots as exact values, in template order) and the sort condition type: plain unions of slot
 * prefixes, the last slot taking a value or a `SortCondition`.
 */
export function emitQueryTypes(file: Statements, ctx: EntityContext, index: EntityIndex): void {
  const { partition, sort } = indexSlots(ctx, index);
  const prefixes = [partition.map((a) => member(a))];
  for (let i = 1; i <= sort.length; i++) prefixes.push([...partition.map((a) => member(a)), ...sort.slice(0, i).map((a) => member(a))]);
  file.push({ kind: StructureKind.TypeAlias,
    name: queryKeyTypeName(ctx, index),
    isExported: true,
    docs: [`The partition of \`${index.name}\`, optionally followed by exact sort-key slots in template order.`],
    type: prefixes.map(objectTypeText).join(" | "),
  });
  ctx.runtimeTypes.add("SortCondition");
  file.push({ kind: StructureKind.TypeAlias,
    name: sortTypeName(ctx, index),
    isExported: true,
    docs: [`Sort-key conditions of \`${index.name}\`: slots in template order, the last one given as a value or a condition.`],
    type: sortConditionsText(sort, 0),
  });
}

/**
 * The overloads of one query method, most sort slots in the key first: each pairs a key that
 * gives the first `k` sort slots exactly with the conditions the remaining slots allow, so
 * `byStatus({ customerId, status }, { sort: { placedAt: { gte } } })` type-checks; the general
 * form (the `…Query` and `…Sort` unions) comes last.
 */
export function queryOverloads(ctx: EntityContext, index: EntityIndex): { key: string; sort: string }[] {
  const { partition, sort } = indexSlots(ctx, index);
  const overloads: { key: string; sort: string }[] = [];
  for (let k = sort.length; k >= 1; k--) {
    overloads.push({ key: objectTypeText([...partition, ...sort.slice(0, k)].map((a) => member(a))), sort: sortConditionsText(sort, k) });
  }
  // Last, the general form (what `Parameters<>` sees): any key prefix, conditions from the first slot.
  overloads.push({ key: queryKeyTypeName(ctx, index), sort: sortTypeName(ctx, index) });
  return overloads;
}

function indexSlots(ctx: EntityContext, index: EntityIndex): { partition: Attribute[]; sort: Attribute[] } {
  const parts = keyParts(ctx.schema.table, index);
  const partition = slotAttributes(ctx.entity, parts.filter((p) => p.role === "partition").map((p) => p.template));
  const sortTemplate = parts.find((p) => p.role === "sort")?.template;
  return { partition, sort: sortTemplate ? slotAttributes(ctx.entity, [sortTemplate]).filter((a) => !partition.includes(a)) : [] };
}

function member(a: Attribute, extra = ""): string {
  return `${propertyName(a.name)}: ${typeText(a.type, "never")}${extra}`;
}

/** Conditions on the sort slots from `from` on: prefixes of exact values, the last a value or a condition. */
function sortConditionsText(sort: readonly Attribute[], from: number): string {
  const rest = sort.slice(from);
  const conditions = rest.map((last, i) => objectTypeText([...rest.slice(0, i).map((a) => member(a)), member(last, ` | SortCondition<${typeText(last.type, "never")}>`)]));
  return conditions.length > 0 ? conditions.join(" | ") : "never";
}
