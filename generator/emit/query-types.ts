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
  const parts = keyParts(ctx.schema.table, index);
  const partition = slotAttributes(ctx.entity, parts.filter((p) => p.role === "partition").map((p) => p.template));
  const sortTemplate = parts.find((p) => p.role === "sort")?.template;
  const sort = sortTemplate ? slotAttributes(ctx.entity, [sortTemplate]).filter((a) => !partition.includes(a)) : [];
  const member = (a: Attribute, extra = "") => `${propertyName(a.name)}: ${typeText(a.type, "never")}${extra}`;
  const prefixes = [partition.map((a) => member(a))];
  for (let i = 1; i <= sort.length; i++) prefixes.push([...partition.map((a) => member(a)), ...sort.slice(0, i).map((a) => member(a))]);
  file.push({ kind: StructureKind.TypeAlias,
    name: queryKeyTypeName(ctx, index),
    isExported: true,
    docs: [`The partition of \`${index.name}\`, optionally followed by exact sort-key slots in template order.`],
    type: prefixes.map(objectTypeText).join(" | "),
  });
  ctx.runtimeTypes.add("SortCondition");
  const conditions = sort.map((last, i) => objectTypeText([...sort.slice(0, i).map((a) => member(a)), member(last, ` | SortCondition<${typeText(last.type, "never")}>`)]));
  file.push({ kind: StructureKind.TypeAlias,
    name: sortTypeName(ctx, index),
    isExported: true,
    docs: [`Sort-key conditions of \`${index.name}\`: slots in template order, the last one given as a value or a condition.`],
    type: conditions.length > 0 ? conditions.join(" | ") : "never",
  });
}
