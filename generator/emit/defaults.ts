import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { AttributeType } from "../model/index.js";
import { runtime, type EntityContext } from "./context.js";
import { inlineValueText, objectText } from "./literal.js";
import { propertyAccess, propertyName } from "./names.js";

/**
 * Emits `applyCustomerDefaults(input)`: the item `create` writes. Fills schema defaults
 * (`now` → the current ISO time), sets `onUpdate: now` attributes to now, and the version to 1.
 */
export function emitDefaults(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  const needsNow = entity.attributes.some((a) => a.default?.kind === "now" || a.onUpdateNow);
  const fields: string[] = [];
  const optional: string[] = [];
  for (const a of entity.attributes) {
    const input = propertyAccess("input", a.name);
    if (a.version) fields.push(`${propertyName(a.name)}: 1`);
    else if (a.default?.kind === "now" || (a.default === undefined && a.onUpdateNow)) fields.push(`${propertyName(a.name)}: ${input} ?? now`);
    else if (a.default?.kind === "value") fields.push(`${propertyName(a.name)}: ${input} ?? ${literal(ctx, a.type, a.default.value)}`);
    else if (!a.optional) fields.push(`${propertyName(a.name)}: ${input}`);
    else optional.push(`if (${input} !== undefined) ${propertyAccess("item", a.name)} = ${input};`);
  }
  file.push({ kind: StructureKind.Function,
    name: `apply${entity.name}Defaults`,
    isExported: true,
    docs: [`The ${entity.name} that \`create\` writes: defaults filled in${needsNow ? ", `now` as the current ISO time" : ""}.\n\n@example\nmarshal${entity.name}(apply${entity.name}Defaults(input))`],
    parameters: [{ name: "input", type: `${entity.name}Create` }],
    returnType: entity.name,
    statements: [...(needsNow ? [`const now = ${runtime(ctx, "currentTime")}();`] : []), `const item: ${entity.name} = ${objectText(fields)};`, ...optional, "return item;"].join("\n"),
  });
}

/** A default value as a TypeScript expression (a fresh object on every call for lists, maps and sets). */
function literal(ctx: EntityContext, type: AttributeType, value: unknown): string {
  if (type.kind === "number" && type.precise) return `new ${runtime(ctx, "NumberValue")}(${JSON.stringify(String(value))})`;
  if (type.kind === "set" && Array.isArray(value)) return `new Set(${inlineValueText(value)})`;
  return inlineValueText(value);
}
