import { StructureKind } from "ts-morph";
import type { Statements } from "./source-file.js";
import type { EntityIndex } from "../model/index.js";
import type { EntityContext } from "./context.js";
import { entityIndexes } from "./entity-keys.js";
import { camelCase, constantCase, propertyName } from "./names.js";
import { emitQueryTypes, queryKeyTypeName, sortTypeName } from "./query-types.js";

/**
 * Emits `OrderQueries`, `OrderRepository` (one documented method per operation),
 * `OrderTransaction` and `createOrderRepository(table)`, which builds the repository on the
 * runtime's `EntityRepository` with one query method per access pattern.
 */
export function emitRepository(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  const E = entity.name;
  const repo = `${ctx.schema.stem}.${camelCase(E)}`;
  const types = (...names: string[]) => names.forEach((n) => ctx.runtimeTypes.add(n));
  types("Operation", "ReadOperation", "ScanOperation", "GetOptions", "PutOptions", "UpdateOptions", "DeleteOptions", "QueryOptions", "ScanOptions", "BatchGetItems", "TableContext", "EntityTransaction", "EntityDescriptor");
  types("PutItemCommandInput", "GetItemCommandInput", "UpdateItemCommandInput", "DeleteItemCommandInput", "QueryCommandInput");
  const indexes = entityIndexes(entity);
  for (const index of indexes) emitQueryTypes(file, ctx, index);
  file.push({ kind: StructureKind.Interface,
    name: `${E}Queries`,
    isExported: true,
    docs: [`One query per access pattern of ${E}.`],
    methods: indexes.map((index) => ({
      name: propertyName(index.name),
      docs: [queryDoc(ctx, index, repo)],
      parameters: [{ name: "key", type: queryKeyTypeName(ctx, index) }, { name: "options", type: `QueryOptions<${E}Refs, ${sortTypeName(ctx, index)}>`, hasQuestionToken: true }],
      returnType: `ReadOperation<${E}, QueryCommandInput>`,
    })),
  });
  const key = `${E}Key`;
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
      method("create", `Writes a new ${E} (defaults filled${versionNote(ctx, " and version 1")}); \`ItemExistsError\` when the key is taken. Resolves to the item as stored.\n\n@example\nconst created = await ${repo}.create(input);`, [{ name: "input", type: `${E}Create` }], `Operation<${E}, PutItemCommandInput>`),
      method("get", `Reads one ${E} by key; undefined when there is none.\n\n@example\nconst item = await ${repo}.get(key, { consistent: true });`, [{ name: "key", type: key }, { name: "options", type: `GetOptions<keyof ${E} & string>`, hasQuestionToken: true }], `Operation<${E} | undefined, GetItemCommandInput>`),
      method("put", `Replaces a ${E}${versionNote(ctx, " (the stored version must equal the item's; it is incremented)")}. Resolves to the item as stored.\n\n@example\nawait ${repo}.put({ ...item });`, [{ name: "item", type: E }, { name: "options", type: `PutOptions<${E}Refs>`, hasQuestionToken: true }], `Operation<${E}, PutItemCommandInput>`),
      method("update", `Changes an existing ${E} and resolves to it after the update; a missing item is a \`ConditionFailedError\`.\n\n@example\nconst after = await ${repo}.update(key, { set: {} }, { if: (a) => a.${entity.attributes[0]?.name ?? "x"}.exists() });`, [{ name: "key", type: key }, { name: "changes", type: `${E}Update` }, { name: "options", type: `UpdateOptions<${E}Refs>`, hasQuestionToken: true }], `Operation<${E}, UpdateItemCommandInput>`),
      method("delete", `Deletes a ${E}; with \`returnOld\` resolves to the deleted item.\n\n@example\nconst old = await ${repo}.delete(key, { returnOld: true });`, [{ name: "key", type: key }, { name: "options", type: `DeleteOptions<${E}Refs>`, hasQuestionToken: true }], `Operation<${E} | undefined, DeleteItemCommandInput>`),
      method("batchGet", `Reads many ${E} items by key: found items in the order asked, and the keys not found.\n\n@example\nconst { items, missing } = await ${repo}.batchGet([key1, key2]);`, [{ name: "keys", type: `readonly ${key}[]` }, { name: "options", type: "{ readonly consistent?: boolean }", hasQuestionToken: true }], `Promise<BatchGetItems<${E}, ${key}>>`),
      method("scan", `Scans the table for ${E} items; \`all()\` reads \`segments\` in parallel.\n\n@example\nfor await (const item of ${repo}.scan({ segments: 4 }).all()) count++;`, [{ name: "options", type: `ScanOptions<${E}Refs>`, hasQuestionToken: true }], `ScanOperation<${E}>`),
    ],
  });
  file.push({ kind: StructureKind.TypeAlias,
    name: `${E}Transaction`,
    isExported: true,
    docs: [`The ${E} actions inside \`transact\`.\n\n@example\nawait ${ctx.schema.stem}.transact((tx) => [tx.${camelCase(E)}.create(input)]);`],
    type: `EntityTransaction<${E}, ${key}, ${E}Create, ${E}Update, ${E}Refs>`,
  });
  ctx.runtime.add("EntityRepository");
  ctx.runtime.add("queryItems");
  const C = constantCase(E);
  const queries = indexes.map((index) => `${propertyName(index.name)}: (key, options) => queryItems(table, ${C}_DESCRIPTOR, ${C}_QUERY_INDEXES.${propertyName(index.name)}, key, options)`);
  file.push({ kind: StructureKind.Function,
    name: `create${E}Repository`,
    isExported: true,
    docs: [`The ${E} repository on one table.\n\n@example\nconst ${camelCase(E)}s = create${E}Repository({ client, tableName: "${ctx.schema.table.name}" });`],
    parameters: [{ name: "table", type: "TableContext" }],
    returnType: `${E}Repository`,
    statements: [
      `const queries: ${E}Queries = {\n${queries.join(",\n")},\n};`,
      `return Object.assign(new EntityRepository<${E}, ${key}, ${E}Create, ${E}Update, ${E}Refs>(table, ${C}_DESCRIPTOR), { query: queries });`,
    ].join("\n"),
  });
}

function versionNote(ctx: EntityContext, text: string): string {
  return ctx.entity.attributes.some((a) => a.version) ? text : "";
}

function queryDoc(ctx: EntityContext, index: EntityIndex, repo: string): string {
  return `Reads ${ctx.entity.name} items by \`${index.name}\`${index.sort ? ` (sort key \`${index.sort.source}\`)` : ""}: one page awaited, \`all()\`, \`pages()\`.\n\n@example\nconst { items, cursor } = await ${repo}.query.${index.name}(key, { limit: 20, order: "desc" });`;
}
