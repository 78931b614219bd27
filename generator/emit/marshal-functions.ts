import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { Attribute } from "../model/index.js";
import { freshLocal, runtime, type EntityContext } from "./context.js";
import { keyStatements, writtenKeyParts } from "./marshal-keys.js";
import { mapPathExpression, marshalMapFunction, writeAttribute } from "./marshal-value.js";
import { objectText } from "./literal.js";
import { localName, propertyAccess, propertyName } from "./names.js";
import { attributeSizeBound, fixedSizeBound, sumSizeBounds, type SizeBound } from "./size-bound.js";
import { mapShapes } from "./type-text.js";

/**
 * Emits `marshalCustomer(item)`: checks every attribute and builds the AttributeValue map in one
 * straight-line pass, with the type attribute and every index key, then checks the item's size.
 * Nested maps get their own `marshalCustomerAddress(item, path)` functions.
 */
export function emitMarshalFunctions(file: Statements, ctx: EntityContext): void {
  const { entity, schema } = ctx;
  const typeField = `${propertyName(schema.table.typeAttribute)}: { S: ${JSON.stringify(entity.name)} }`;
  const body = attributeStatements(ctx, entity.attributes, entity.name, (name) => JSON.stringify(name), true);
  const keys = keyStatements(ctx);
  // The required attributes' constant bytes are added here; their lengths once, after the checks.
  const fixedBytes = fixedSizeBound(schema.table, entity.name, writtenKeyParts(ctx)) + body.sizes.reduce((sum, b) => sum + b.bytes, 0);
  const lengths = sumSizeBounds(body.sizes, false);
  const statements = [
    `if (item === null || typeof item !== "object") throw ${runtime(ctx, "wrongType")}("", "an object", item);`,
    `// An upper bound of the item's size; the exact size is computed only when it passes 400 KB.`,
    `let size = ${fixedBytes};`,
    ...body.checks,
    ...(lengths === "" ? [] : [`size += ${lengths};`]),
    // An index signature, not Record<...>: a mapped type would cost tsc an instantiation per property here.
    `const out: { [name: string]: AttributeValue } = ${objectText([typeField, ...body.fields, ...keys.fields])};`,
    ...body.optional,
    ...keys.optional,
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
    const path = mapPathExpression(ctx);
    const shapeBody = attributeStatements(ctx, shape.attributes, shape.name, (name) => `${path} + ${JSON.stringify(`.${name}`)}`, false);
    file.push({ kind: StructureKind.Function,
      name: marshalMapFunction(shape.name),
      docs: ["`index` is the element's position when the map is a list element (its path is built only on a throw), else -1."],
      parameters: [{ name: "item", type: shape.name }, { name: "path", type: "string" }, { name: "index", type: "number" }],
      returnType: "Record<string, AttributeValue>",
      statements: [
        `if (item === null || typeof item !== "object" || Array.isArray(item)) throw ${runtime(ctx, "wrongType")}(${path}, "an object", item);`,
        ...shapeBody.checks,
        `const out: { [name: string]: AttributeValue } = ${objectText(shapeBody.fields)};`,
        ...shapeBody.optional,
        "return out;",
      ].join("\n"),
    });
  }
}

/**
 * The checks of required attributes, their fields in the object literal, the statements that add
 * optional ones after it, and (when counting) the required attributes' size bounds, added up by the caller.
 */
interface AttributeCode {
  readonly checks: string[];
  readonly fields: string[];
  readonly optional: string[];
  readonly sizes: SizeBound[];
}

function attributeStatements(ctx: EntityContext, attributes: readonly Attribute[], parent: string, pathOf: (name: string) => string, countSize: boolean): AttributeCode {
  const code: AttributeCode = { checks: [], fields: [], optional: [], sizes: [] };
  for (const attribute of attributes) {
    const v = localName(attribute.name);
    const target = propertyAccess("out", attribute.name);
    const size = (statement: string) => (countSize ? `${statement}\nsize += ${sumSizeBounds([attributeSizeBound(ctx, attribute.name, attribute.type, v, target)])};` : statement);
    const read = `const ${v} = ${propertyAccess("item", attribute.name)};`;
    if (attribute.optional) {
      code.optional.push(read, ...writeAttribute(ctx, attribute, v, pathOf(attribute.name), parent, (expr) => size(`${target} = ${expr};`), countSize ? "size" : undefined));
      continue;
    }
    // A bound that must read the written value (a map, a list of maps of lists...) reads it from a local.
    const probe = countSize ? attributeSizeBound(ctx, attribute.name, attribute.type, v, "\u0000") : undefined;
    const readsWritten = probe?.terms.some((term) => term.includes("\u0000")) === true;
    const written = readsWritten ? freshLocal(ctx, "w") : "";
    const bound = probe && { ...probe, terms: probe.terms.map((term) => term.replace("\u0000", written)) };
    let field = "";
    const lines = writeAttribute(ctx, attribute, v, pathOf(attribute.name), parent, (expr) => {
      field = `${propertyName(attribute.name)}: ${readsWritten ? written : expr}`;
      return readsWritten ? `const ${written} = ${expr};` : "";
    }, countSize ? "size" : undefined);
    code.checks.push(read, ...lines.filter((line) => line !== ""));
    code.fields.push(field);
    if (bound !== undefined) code.sizes.push(bound);
  }
  return code;
}
