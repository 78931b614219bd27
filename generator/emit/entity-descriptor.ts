import { StructureKind, VariableDeclarationKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import { PRIMARY_INDEX, type EntityIndex, type KeyTemplate } from "../model/index.js";
import type { EntityContext } from "./context.js";
import { entityIndexes, keyBuilderName, keyParts, rendererName, slotAttributes } from "./entity-keys.js";
import { objectText } from "./literal.js";
import { constantCase, propertyName } from "./names.js";

/**
 * Emits `ORDER_DESCRIPTOR` (what the runtime operations need to know about the entity) and
 * `ORDER_QUERY_INDEXES` (one entry per access pattern: index, key attributes, templates).
 */
export function emitEntityDescriptor(file: Statements, ctx: EntityContext): void {
  const { entity, schema } = ctx;
  const name = constantCase(entity.name);
  const table = schema.table;
  const primary = keyParts(table, entity.key).map((p) => p.attribute);
  const keySlots = slotAttributes(entity, [entity.key.partition, ...(entity.key.sort ? [entity.key.sort] : [])]).map((a) => a.name);
  const writers: string[] = [];
  const seen = new Set(primary);
  for (const index of entity.indexes) {
    const parts = keyParts(table, index).filter((p) => !seen.has(p.attribute));
    // A sparse index (one with an optional slot) is written whole or not at all: each of its key
    // attributes lists every slot of the index, so changing any rewrites both and removing one removes both.
    const sparse = slotAttributes(entity, parts.map((p) => p.template)).some((a) => a.optional);
    for (const part of parts) {
      seen.add(part.attribute);
      const sources = slotAttributes(entity, sparse ? parts.map((p) => p.template) : [part.template]).map((a) => JSON.stringify(a.name));
      writers.push(`{ attribute: ${JSON.stringify(part.attribute)}, sources: [${sources.join(", ")}], render: ${rendererName(entity, index, part.role)} }`);
    }
  }
  const version = entity.attributes.find((a) => a.version);
  const fields = [
    `name: ${name}_ENTITY`,
    `typeAttribute: ${JSON.stringify(table.typeAttribute)}`,
    `keyAttributes: [${primary.map((a) => JSON.stringify(a)).join(", ")}]`,
    ...(version ? [`versionAttribute: ${JSON.stringify(version.name)}`] : []),
    `onUpdateNow: [${entity.attributes.filter((a) => a.onUpdateNow).map((a) => JSON.stringify(a.name)).join(", ")}]`,
    `primaryKey: ${keyBuilderName(entity, entity.key)}`,
    `applyDefaults: apply${entity.name}Defaults`,
    `marshal: marshal${entity.name}`,
    `unmarshal: unmarshal${entity.name}`,
    `marshalValue: marshal${entity.name}Value`,
    `keySlots: [${keySlots.map((a) => JSON.stringify(a)).join(", ")}]`,
    `indexKeys: [${writers.join(", ")}]`,
    `refs: ${name}_REFS`,
  ];
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`How the runtime reads and writes ${entity.name} items.`],
    declarations: [{ name: `${name}_DESCRIPTOR`, type: `${runtimeType(ctx, "EntityDescriptor")}<${entity.name}, ${entity.name}Key, ${entity.name}Create>`, initializer: objectText(fields) }],
  });
  const queries = entityIndexes(entity).map((index) => `${propertyName(index.name)}: ${queryIndexText(ctx, index, primary)}`);
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`The access patterns of ${entity.name}: which index each reads and how its keys are built.`],
    declarations: [{ name: `${name}_QUERY_INDEXES`, type: `{ readonly ${entityIndexes(entity).map((i) => `${propertyName(i.name)}: ${runtimeType(ctx, "QueryIndex")}`).join("; readonly ")} }`, initializer: objectText(queries) }],
  });
}

function queryIndexText(ctx: EntityContext, index: EntityIndex, primary: readonly string[]): string {
  const parts = keyParts(ctx.schema.table, index);
  const partition = parts.find((p) => p.role === "partition")!;
  const sort = parts.find((p) => p.role === "sort");
  const keyAttributes = [...primary, ...parts.map((p) => p.attribute).filter((a) => !primary.includes(a))];
  const fields = [
    `name: ${JSON.stringify(index.name)}`,
    ...(index.index === PRIMARY_INDEX ? [] : [`indexName: ${JSON.stringify(index.index)}`]),
    `partitionAttribute: ${JSON.stringify(partition.attribute)}`,
    ...(sort ? [`sortAttribute: ${JSON.stringify(sort.attribute)}`, `sort: ${sortPartsText(sort.template)}`] : []),
    `partition: ${rendererName(ctx.entity, index, "partition")}`,
    `keyAttributes: [${keyAttributes.map((a) => JSON.stringify(a)).join(", ")}]`,
  ];
  return objectText(fields);
}

function sortPartsText(template: KeyTemplate): string {
  const parts = template.parts.map((p) => (p.kind === "literal" ? JSON.stringify(p.text) : `{ slot: ${JSON.stringify(p.attribute)}${p.width === undefined ? "" : `, width: ${p.width}`} }`));
  return `[${parts.join(", ")}]`;
}

function runtimeType(ctx: EntityContext, name: string): string {
  ctx.runtimeTypes.add(name);
  return name;
}

