import { StructureKind, VariableDeclarationKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { Attribute, AttributeType } from "../model/index.js";
import { runtime, type EntityContext } from "./context.js";
import { constantCase, propertyName } from "./names.js";
import { elementName, nestedName, typeText } from "./type-text.js";

/**
 * Emits `OrderRefs` (one typed ref per attribute, for `where`/`if` callbacks) and `ORDER_REFS`,
 * built once at module load.
 */
export function emitEntityRefs(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  file.push({ kind: StructureKind.Interface,
    name: `${entity.name}Refs`,
    isExported: true,
    docs: [`Typed attributes of ${entity.name} for conditions.\n\n@example\nshop.${entity.name.charAt(0).toLowerCase()}${entity.name.slice(1)}.query.primary(key, { where: (a) => a.${entity.attributes[0]?.name ?? "x"}.exists() })`],
    properties: entity.attributes.map((a) => ({ name: propertyName(a.name), type: refType(ctx, a), isReadonly: true })),
  });
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`The typed attribute refs of ${entity.name}, built once.`],
    declarations: [{ name: `${constantCase(entity.name)}_REFS`, initializer: `${runtime(ctx, "entityRefs")}([${entity.attributes.map((a) => JSON.stringify(a.name)).join(", ")}]) as ${entity.name}Refs` }],
  });
}

function refType(ctx: EntityContext, attribute: Attribute): string {
  const type = attribute.type;
  const ts = typeText(type, nestedName(ctx.entity.name, attribute.name));
  const use = (name: string) => {
    ctx.runtimeTypes.add(name);
    return name;
  };
  switch (type.kind) {
    case "string":
    case "enum":
    case "datetime":
      return `${use("StringRef")}<${ts}>`;
    case "list":
      return `${use("ListRef")}<${elementText(ctx, type.of, attribute)}>`;
    case "set":
      return `${use("SetRef")}<${type.of === "string" ? "string" : type.of === "number" ? "number" : "Uint8Array"}>`;
    case "map":
    case "binary":
    case "json":
      return `${use("SizedRef")}<${ts}>`;
    default:
      return `${use("AttributeRef")}<${ts}>`;
  }
}

function elementText(ctx: EntityContext, of: AttributeType, attribute: Attribute): string {
  return typeText(of, elementName(nestedName(ctx.entity.name, attribute.name)));
}
