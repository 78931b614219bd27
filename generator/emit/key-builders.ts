import { StructureKind, VariableDeclarationKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import { templatePrefix, type KeyTemplate } from "../model/index.js";
import { runtime, type EntityContext } from "./context.js";
import { entityIndexes, keyBuilderName, keyParts, keyTypeName, prefixConstantName, rendererName, slotAttributes } from "./entity-keys.js";
import { objectText } from "./literal.js";
import { constantCase, propertyAccess, propertyName } from "./names.js";
import { typeText } from "./type-text.js";

/**
 * Emits, per index the entity writes: the literal prefix constants, one renderer per template
 * (`customerPrimaryPartition(key)`), the key builder (`customerKey(key)`), and the map from each
 * key attribute to the attributes that feed it (`CUSTOMER_KEY_SOURCES`).
 */
export function emitKeyBuilders(file: Statements, ctx: EntityContext): void {
  const { entity, schema } = ctx;
  const sources: string[] = [];
  for (const index of entityIndexes(entity)) {
    const parts = keyParts(schema.table, index);
    for (const part of parts) {
      const prefix = prefixConstantName(entity, index, part.role);
      file.push({ kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [`Literal start of the \`${index.name}\` ${part.role} key (\`${part.template.source}\`), for begins_with.`],
        declarations: [{ name: prefix, initializer: JSON.stringify(templatePrefix(part.template)) }],
      });
      emitRenderer(file, ctx, rendererName(entity, index, part.role), part.template, prefix);
      const slots = slotAttributes(entity, [part.template]).map((a) => JSON.stringify(a.name));
      if (!sources.some((s) => s.startsWith(`${propertyName(part.attribute)}:`))) sources.push(`${propertyName(part.attribute)}: [${slots.join(", ")}]`);
    }
    const builder = keyBuilderName(entity, index);
    const fields = parts.map((p) => `${propertyName(p.attribute)}: ${rendererName(entity, index, p.role)}(${slotAttributes(entity, [p.template]).length > 0 ? "key" : ""})`);
    file.push({ kind: StructureKind.Function,
      name: builder,
      isExported: true,
      docs: [`The \`${index.name}\` key attributes of one ${entity.name}.\n\n@example\n${builder}(key) // { ${parts.map((p) => `${p.attribute}: "${p.template.source}"`).join(", ")} }`],
      parameters: [{ name: "key", type: keyTypeName(entity, index) }],
      returnType: `{ ${parts.map((p) => `${propertyName(p.attribute)}: string`).join("; ")} }`,
      statements: [`return { ${fields.join(", ")} };`],
    });
  }
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["For each key attribute this entity writes, the attributes its template reads (an update that changes one must rewrite the key)."],
    declarations: [{ name: `${constantCase(entity.name)}_KEY_SOURCES`, initializer: `${objectText(sources)} as const` }],
  });
}

function emitRenderer(file: Statements, ctx: EntityContext, name: string, template: KeyTemplate, prefixConstant: string): void {
  const slots = slotAttributes(ctx.entity, [template]);
  const pieces: string[] = [];
  let seenSlot = false;
  template.parts.forEach((part, i) => {
    if (part.kind === "literal") {
      if (seenSlot) pieces.push(JSON.stringify(part.text));
      return;
    }
    if (!seenSlot && templatePrefixNonEmpty(template)) pieces.push(prefixConstant);
    seenSlot = true;
    const value = propertyAccess("key", part.attribute);
    const path = JSON.stringify(part.attribute);
    const next = template.parts[i + 1];
    const separator = next?.kind === "literal" ? `, ${JSON.stringify(next.text[0])}` : "";
    pieces.push(part.width !== undefined ? `${runtime(ctx, "keyInteger")}(${value}, ${path}, ${part.width})` : `${runtime(ctx, "keyString")}(${value}, ${path}${separator})`);
  });
  if (!seenSlot) pieces.push(prefixConstant);
  file.push({ kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [`Renders \`${template.source}\`.`],
    parameters: slots.length > 0 ? [{ name: "key", type: `{ ${slots.map((a) => `${propertyName(a.name)}: ${typeText(a.type, "never")}`).join("; ")} }` }] : [],
    returnType: "string",
    statements: [`return ${pieces.join(" + ")};`],
  });
}

function templatePrefixNonEmpty(template: KeyTemplate): boolean {
  return templatePrefix(template).length > 0;
}
