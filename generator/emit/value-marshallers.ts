import { StructureKind, VariableDeclarationKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { AttributeType } from "../model/index.js";
import type { EntityContext } from "./context.js";
import { writeAttribute } from "./marshal-value.js";
import { propertyName } from "./names.js";
import { nestedName, typeText } from "./type-text.js";

/**
 * Emits `marshalCustomerValue`: one method per attribute that checks a value and returns its
 * AttributeValue, for update expressions. A method returns `undefined` when the attribute would
 * not be written (an optional attribute given undefined/null, or an empty optional set): the
 * caller then removes the attribute instead. Each method returns the member of the SDK's
 * `AttributeValue` union that it builds (`AttributeValue.SMember`...): the compiler then relates
 * the returned literal to one interface instead of trying the whole union.
 */
export function emitValueMarshallers(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  const methods = entity.attributes.map((attribute) => {
    const type = typeText(attribute.type, nestedName(entity.name, attribute.name));
    const param = attribute.optional ? `${type} | undefined` : type;
    const body = writeAttribute(ctx, attribute, "v", JSON.stringify(attribute.name), entity.name, (expr) => `return ${expr};`);
    const result = attribute.optional ? `${valueMemberType(attribute.type)} | undefined` : valueMemberType(attribute.type);
    const tail = attribute.optional ? ["return undefined;"] : [];
    return `/** Checks and converts \`${attribute.name}\`. */\n${propertyName(attribute.name)}(v: ${param}): ${result} {\n${[...body, ...tail].join("\n")}\n}`;
  });
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Per-attribute marshallers of ${entity.name}, for update expressions.\n\n@example\nmarshal${entity.name}Value.${entity.attributes[0]?.name ?? "x"}(value)`],
    declarations: [{ name: `marshal${entity.name}Value`, initializer: `{\n${methods.join(",\n")}\n}` }],
  });
}

/** The member of `AttributeValue` that a value of this type marshals to (json: any of them). */
function valueMemberType(type: AttributeType): string {
  switch (type.kind) {
    case "string":
    case "datetime":
    case "enum":
      return "AttributeValue.SMember";
    case "number":
    case "ttl":
      return "AttributeValue.NMember";
    case "boolean":
      return "AttributeValue.BOOLMember";
    case "binary":
      return "AttributeValue.BMember";
    case "map":
      return "AttributeValue.MMember";
    case "list":
      return "AttributeValue.LMember";
    case "set":
      return type.of === "string" ? "AttributeValue.SSMember" : type.of === "number" ? "AttributeValue.NSMember" : "AttributeValue.BSMember";
    case "json":
      return "AttributeValue";
  }
}
