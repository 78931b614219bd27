import { StructureKind } from "ts-morph";
import type { Statements } from "./source-file.js";
import type { Attribute } from "../model/index.js";
import { runtime, type EntityContext } from "./context.js";
import { entityIndexes, keyParts, rendererName, slotAttributes } from "./entity-keys.js";
import { appendPath, marshalMapFunction, writeAttribute } from "./marshal-value.js";
import { localName, propertyAccess, propertyName } from "./names.js";
import { attributeSizeBound, fixedSizeBound } from "./size-bound.js";
import { mapShapes } from "./type-text.js";

/**
 * Emits `marshalCustomer(item)`: checks every attribute and builds the AttributeValue map in one
 * straight-line pass, with the type attribute and every index key, then checks the item's size.
 * Nested maps get their own `marshalCustomerAddress(item, path)` functions.
 */
export function emitMarshalFunctions(file: Statements, ctx: EntityContext): void {
  const { entity, schema } = ctx;
  const statements = [
    `if (item === null || typeof item !== "object") throw ${runtime(ctx, "wrongType")}("", "an object", item);`,
    "const out: Record<string, AttributeValue> = {};",
    `${propertyAccess("out", schema.table.typeAttribute)} = { S: ${JSON.stringify(entity.name)} };`,
    `// An upper bound of the item's size; the exact size is computed only when it passes 400 KB.`,
    `let size = ${fixedSizeBound(schema.table, entity.name, writtenKeyParts(ctx))};`,
    ...attributeStatements(ctx, entity.attributes, entity.name, (name) => JSON.stringify(name), true),
    ...keyStatements(ctx),
    `if (size > ${runtime(ctx, "MAX_ITEM_BYTES")}) ${runtime(ctx, "checkItemSize")}(out, ${JSON.stringify(entity.name)});`,
    "return out;",
  ];
  file.push({ kind: StructureKind.Function,
    name: `marshal${entity.name}`,
    isExported: true,
    docs: [`Checks one ${entity.name} and converts it to DynamoDB's AttributeValue map, keys and type attribute included.\nThrows ValidationError (with the attribute path) for anything DynamoDB would reject or the schema forbids.\n\n@example\nawait client.send(new PutItemCommand({ TableName, Item: marshal${entity.name}(item) }));`],
    parameters: [{ name: "item", type: entity.name }],
    returnType: "Record<string, AttributeValue>",
    statements: statements.join("\n"),
  });
  for (const shape of mapShapes(entity)) {
    file.push({ kind: StructureKind.Function,
      name: marshalMapFunction(shape.name),
      parameters: [{ name: "item", type: shape.name }, { name: "path", type: "string" }],
      returnType: "Record<string, AttributeValue>",
      statements: [
        `if (item === null || typeof item !== "object" || Array.isArray(item)) throw ${runtime(ctx, "wrongType")}(path, "an object", item);`,
        "const out: Record<string, AttributeValue> = {};",
        ...attributeStatements(ctx, shape.attributes, shape.name, (name) => appendPath("path", `.${name}`), false),
        "return out;",
      ].join("\n"),
    });
  }
}

function attributeStatements(ctx: EntityContext, attributes: readonly Attribute[], parent: string, pathOf: (name: string) => string, countSize: boolean): string[] {
  const lines: string[] = [];
  for (const attribute of attributes) {
    const v = localName(attribute.name);
    const target = propertyAccess("out", attribute.name);
    const size = countSize ? `\nsize += ${attributeSizeBound(ctx, attribute.name, attribute.type, v, target)};` : "";
    lines.push(`const ${v} = ${propertyAccess("item", attribute.name)};`);
    lines.push(...writeAttribute(ctx, attribute, v, pathOf(attribute.name), parent, (expr) => `${target} = ${expr};${size}`));
  }
  return lines;
}

/** The key attributes the item marshaller writes, each once. */
function writtenKeyParts(ctx: EntityContext): { attribute: string; role: "partition" | "sort" }[] {
  const parts = new Map<string, "partition" | "sort">();
  for (const index of entityIndexes(ctx.entity)) {
    for (const part of keyParts(ctx.schema.table, index)) if (!parts.has(part.attribute)) parts.set(part.attribute, part.role);
  }
  return [...parts].map(([attribute, role]) => ({ attribute, role }));
}

/** Writes each key attribute once; an index whose slots name optional attributes is written only when they are all present (a sparse index: both its keys or neither). */
function keyStatements(ctx: EntityContext): string[] {
  const { entity, schema } = ctx;
  const written = new Set<string>();
  const lines: string[] = [];
  for (const index of entityIndexes(entity)) {
    const parts = keyParts(schema.table, index);
    const optional = slotAttributes(entity, parts.map((p) => p.template)).filter((a) => a.optional);
    const present = optional.map((a) => `${propertyAccess("item", a.name)} !== undefined`).join(" && ");
    for (const part of parts) {
      if (written.has(part.attribute)) continue;
      written.add(part.attribute);
      const slots = slotAttributes(entity, [part.template]);
      const renderer = rendererName(entity, index, part.role);
      const target = propertyAccess("out", part.attribute);
      const argument = slots.length === 0 ? "" : slots.some((a) => a.optional) ? `{ ${slots.map((a) => `${propertyName(a.name)}: ${propertyAccess("item", a.name)}`).join(", ")} }` : "item";
      const write = `${target} = { S: ${renderer}(${argument}) };`;
      lines.push(optional.length === 0 ? write : `if (${present}) ${write}`);
    }
  }
  return lines;
}
