import { StructureKind, VariableDeclarationKind } from "./structures.js";
import type { Collection, Entity, EntityIndex, Schema } from "../model/index.js";
import { entityModuleName } from "./entity-file.js";
import { entityIndexes, keyParts, slotAttributes } from "./entity-keys.js";
import { objectTypeText } from "./literal.js";
import { camelCase, constantCase, kebabCase, pascalCase, propertyName } from "./names.js";
import { printFile, type Statements } from "./source-file.js";
import { typeText } from "./type-text.js";

/** `collections/customer-overview.ts` for collection `customerOverview`. */
export function collectionModulePath(schema: Schema, collection: Collection): string {
  return `${schema.stem}/collections/${kebabCase(collection.name)}.ts`;
}

/** The access pattern of `entity` on the collection's index (its first one there). */
export function collectionPattern(entity: Entity, collection: Collection): EntityIndex {
  const pattern = entityIndexes(entity).find((i) => i.index === collection.index);
  if (!pattern) throw new Error(`${entity.name} has no access pattern on index ${collection.index}`);
  return pattern;
}

/**
 * Emits one collection's file: the result type (`{ Customer: Customer[]; Order: Order[]; cursor? }`),
 * the partition key type, the descriptor and the read function.
 */
export function emitCollectionFile(schema: Schema, collection: Collection): string {
  const file: Statements = [];
  const members = collection.entities.map((name) => schema.entities.find((e) => e.name === name)!);
  const first = members[0]!;
  const pattern = collectionPattern(first, collection);
  const partition = keyParts(schema.table, pattern).find((p) => p.role === "partition")!;
  const slots = slotAttributes(first, [partition.template]);
  const P = pascalCase(collection.name);
  const C = constantCase(collection.name);
  file.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "dynagen/runtime", namedImports: ["readCollection", { name: "CollectionDescriptor", isTypeOnly: true }, { name: "CollectionOperation", isTypeOnly: true }, { name: "CollectionOptions", isTypeOnly: true }, { name: "TableContext", isTypeOnly: true }] });
  for (const entity of members) {
    const names = [`unmarshal${entity.name}`, { name: entity.name, isTypeOnly: true }];
    if (entity === first) names.unshift(`${constantCase(entity.name)}_QUERY_INDEXES`);
    file.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `../${entityModuleName(entity)}.js`, namedImports: names });
  }
  file.push({ kind: StructureKind.Interface,
    name: `${P}Page`,
    isExported: true,
    docs: [`One page of collection \`${collection.name}\`, split by entity.`],
    properties: [...members.map((e) => ({ name: propertyName(e.name), type: `${e.name}[]` })), { name: "cursor", type: "string", hasQuestionToken: true }],
  });
  file.push({ kind: StructureKind.TypeAlias, name: `${P}Key`, isExported: true, docs: [`The partition collection \`${collection.name}\` reads.`], type: objectTypeText(slots.map((a) => `${propertyName(a.name)}: ${typeText(a.type, "never")}`)) });
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Collection \`${collection.name}\`: the index it reads and how each entity is read.`],
    declarations: [{
      name: `${C}_COLLECTION`,
      type: "CollectionDescriptor",
      initializer: `{ name: ${JSON.stringify(collection.name)}, typeAttribute: ${JSON.stringify(schema.table.typeAttribute)}, index: ${constantCase(first.name)}_QUERY_INDEXES.${propertyName(pattern.name)}, members: { ${members.map((e) => `${propertyName(e.name)}: unmarshal${e.name}`).join(", ")} } }`,
    }],
  });
  file.push({ kind: StructureKind.Function,
    name: collection.name,
    isExported: true,
    docs: [`Reads one partition of \`${collection.name}\`, items split by entity.\n\n@example\nconst { ${members.map((e) => e.name).join(", ")}, cursor } = await ${camelCase(schema.stem)}.collections.${collection.name}(key, { limit: 50 });`],
    parameters: [{ name: "table", type: "TableContext" }, { name: "key", type: `${P}Key` }, { name: "options", type: "CollectionOptions", initializer: "{}" }],
    returnType: `CollectionOperation<${P}Page>`,
    statements: `return readCollection<${P}Page>(table, ${C}_COLLECTION, key, options, () => ({ ${members.map((e) => `${propertyName(e.name)}: []`).join(", ")} }));`,
  });
  return printFile(schema, file);
}
