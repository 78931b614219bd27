import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { EntityIndex } from "../model/index.js";
import type { EntityContext } from "./context.js";
import { entityIndexes } from "./entity-keys.js";
import { camelCase, constantCase, propertyName } from "./names.js";
import { emitOperationTypes, operationTypeNames } from "./operation-types.js";
import { emitRepositoryImplementation } from "./repository-implementation.js";
import { emitQueryTypes, queryOverloads } from "./query-types.js";

/**
 * Emits `OrderQueries`, `OrderRepository` (one documented method per operation),
 * `OrderTransaction` and `createOrderRepository(table)`, which builds the repository on the
 * runtime's `EntityRepository` with one query method per access pattern.
 */
export function emitRepository(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  const E = entity.name;
  const repo = `${camelCase(ctx.schema.stem)}.${camelCase(E)}`;
  const types = (...names: string[]) => names.forEach((n) => ctx.runtimeTypes.add(n));
  types("PutOptions", "UpdateOptions", "DeleteOptions", "QueryOptions", "ScanOptions", "TableContext", "EntityDescriptor", "TransactAction", "ConditionCallback");
  const op = operationTypeNames(E);
  emitOperationTypes(file, ctx);
  const indexes = entityIndexes(entity);
  for (const index of indexes) emitQueryTypes(file, ctx, index);
  file.push({ kind: StructureKind.Interface,
    name: `${E}Queries`,
    isExported: true,
    docs: [`One query per access pattern of ${E}.`],
    methods: indexes.flatMap((index) =>
      queryOverloads(ctx, index).map((overload, i) => ({
        name: propertyName(index.name),
        docs: i === 0 ? [queryDoc(ctx, index, repo)] : [],
        parameters: [{ name: "key", type: overload.key }, { name: "options", type: `QueryOptions<${E}Refs, ${overload.sort}>`, hasQuestionToken: true }],
        returnType: op.query,
      })),
    ),
  });
  const key = `${E}Key`;
  const attributeNames = entity.attributes.map((a) => JSON.stringify(a.name)).join(" | ");
  const method = (name: string, doc: string, parameters: { name: string; type: string; hasQuestionToken?: boolean }[], returnType: string) => ({ name, docs: [doc], parameters, returnType });
  file.push({ kind: StructureKind.Interface,
    name: `${E}Repository`,
    isExported: true,
    docs: [`The ${E} operations. Each returns an awaitable operation with \`params()\`.`],
    properties: [
      { name: "query", type: `${E}Queries`, isReadonly: true, docs: [`Queries by access pattern.\n\n@example\nawait ${repo}.query.primary(key, { limit: 20 })`] },
      { name: "table", type: "TableContext", isReadonly: true, docs: ["The client and table name this repository uses."] },
      { name: "descriptor", type: `EntityDescriptor<${E}, ${key}, ${E}Create>`, isReadonly: true, docs: ["How the runtime reads and writes this entity."] },
    ],
    methods: [
      method("create", `Writes a new ${E} (defaults filled${versionNote(ctx, " and version 1")}); \`ItemExistsError\` when the key is taken. Resolves to the item as stored.\n\n@example\nconst created = await ${repo}.create(input);`, [{ name: "input", type: `${E}Create` }], op.put),
      method("get", `Reads some attributes of one ${E} by key (a projection); undefined when there is none.\n\n@example\nconst partial = await ${repo}.get(key, { attributes: [${JSON.stringify(entity.attributes[0]?.name ?? "x")}] });`, [{ name: "key", type: key }, { name: "options", type: `{ readonly consistent?: boolean; readonly attributes: readonly (${attributeNames})[] }` }], op.projection),
      method("get", `Reads one ${E} by key; undefined when there is none.\n\n@example\nconst item = await ${repo}.get(key, { consistent: true });`, [{ name: "key", type: key }, { name: "options", type: "{ readonly consistent?: boolean }", hasQuestionToken: true }], op.get),
      method("put", `Replaces a ${E}${versionNote(ctx, " (the stored version must equal the item's; it is incremented)")}. Resolves to the item as stored.\n\n@example\nawait ${repo}.put({ ...item });`, [{ name: "item", type: E }, { name: "options", type: `PutOptions<${E}Refs>`, hasQuestionToken: true }], op.put),
      method("update", `Changes an existing ${E} and resolves to it after the update; a missing item is a \`ConditionFailedError\`.\n\n@example\nconst after = await ${repo}.update(key, { set: {} }, { if: (a) => a.${entity.attributes[0]?.name ?? "x"}.exists() });`, [{ name: "key", type: key }, { name: "changes", type: `${E}Update` }, { name: "options", type: `UpdateOptions<${E}Refs>`, hasQuestionToken: true }], op.update),
      method("delete", `Deletes a ${E}; with \`returnOld\` resolves to the deleted item.\n\n@example\nconst old = await ${repo}.delete(key, { returnOld: true });`, [{ name: "key", type: key }, { name: "options", type: `DeleteOptions<${E}Refs>`, hasQuestionToken: true }], op.delete),
      method("batchGet", `Reads many ${E} items by key: found items in the order asked, and the keys not found.\n\n@example\nconst { items, missing } = await ${repo}.batchGet([key1, key2]);`, [{ name: "keys", type: `readonly ${key}[]` }, { name: "options", type: "{ readonly consistent?: boolean }", hasQuestionToken: true }], `Promise<${op.batchGet}>`),
      method("scan", `Scans the table for ${E} items; \`all()\` reads \`segments\` in parallel.\n\n@example\nfor await (const item of ${repo}.scan({ segments: 4 }).all()) count++;`, [{ name: "options", type: `ScanOptions<${E}Refs>`, hasQuestionToken: true }], op.scan),
    ],
  });
  const action = (name: string, doc: string, parameters: { name: string; type: string; hasQuestionToken?: boolean }[]) => method(name, `${doc}\n\n@example\nawait ${camelCase(ctx.schema.stem)}.transact((tx) => [tx.${camelCase(E)}.${name}(${parameters.filter((p) => !p.hasQuestionToken).map((p) => p.name).join(", ")})]);`, parameters, "TransactAction");
  file.push({
    kind: StructureKind.Interface,
    name: `${E}Transaction`,
    isExported: true,
    docs: [`The ${E} actions inside \`transact\`.`],
    methods: [
      action("create", `Creates a ${E}; the transaction fails when the key is taken.`, [{ name: "input", type: `${E}Create` }]),
      action("put", `Replaces a ${E}.`, [{ name: "item", type: E }, { name: "options", type: `PutOptions<${E}Refs>`, hasQuestionToken: true }]),
      action("update", `Changes an existing ${E}.`, [{ name: "key", type: key }, { name: "changes", type: `${E}Update` }, { name: "options", type: `UpdateOptions<${E}Refs>`, hasQuestionToken: true }]),
      action("delete", `Deletes a ${E}.`, [{ name: "key", type: key }, { name: "options", type: `{ readonly if?: ConditionCallback<${E}Refs> }`, hasQuestionToken: true }]),
      action("check", `Holds the transaction to a condition on a ${E} it does not write.`, [{ name: "key", type: key }, { name: "condition", type: `ConditionCallback<${E}Refs>` }]),
    ],
  });
  emitRepositoryImplementation(file, ctx);
}

function versionNote(ctx: EntityContext, text: string): string {
  return ctx.entity.attributes.some((a) => a.version) ? text : "";
}

function queryDoc(ctx: EntityContext, index: EntityIndex, repo: string): string {
  return `Reads ${ctx.entity.name} items by \`${index.name}\`${index.sort ? ` (sort key \`${index.sort.source}\`)` : ""}: one page awaited, \`all()\`, \`pages()\`.\n\n@example\nconst { items, cursor } = await ${repo}.query.${index.name}(key, { limit: 20, order: "desc" });`;
}
