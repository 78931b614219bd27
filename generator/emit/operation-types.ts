import { StructureKind } from "./structures.js";
import type { EntityContext } from "./context.js";
import type { Statements } from "./source-file.js";

/** The named result types of one entity's operations, by the method that returns them. */
export function operationTypeNames(entity: string) {
  return {
    put: `${entity}PutOperation`,
    get: `${entity}GetOperation`,
    projection: `${entity}ProjectionOperation`,
    update: `${entity}UpdateOperation`,
    delete: `${entity}DeleteOperation`,
    query: `${entity}QueryOperation`,
    scan: `${entity}ScanOperation`,
    page: `${entity}Page`,
    batchGet: `${entity}BatchGet`,
  };
}

/**
 * Emits plain, non-generic result types for the repository's methods (`OrderPutOperation`,
 * `OrderQueryOperation`, `OrderPage`...): user code resolves these names instead of instantiating
 * the runtime's generic operation classes, which implement them.
 */
export function emitOperationTypes(file: Statements, ctx: EntityContext): void {
  const E = ctx.entity.name;
  const names = operationTypeNames(E);
  const awaitable = (name: string, result: string, params: string, doc: string, extra: { name: string; returnType: string; docs: string[] }[] = []) => {
    ctx.runtimeTypes.add(params);
    file.push({
      kind: StructureKind.Interface,
      name,
      isExported: true,
      docs: [`${doc} \`await\` runs it; \`params()\` is the command input, nothing sent.`],
      extends: [`PromiseLike<${result}>`],
      methods: [
        { name: "params", docs: ["The exact command input; nothing is sent."], returnType: params },
        { name: "catch", docs: ["Runs the operation and handles its failure, as a promise's `catch` does."], typeParameters: [{ name: "B", default: "never" }], parameters: [{ name: "onRejected", type: "((reason: unknown) => B | PromiseLike<B>) | null", hasQuestionToken: true }], returnType: `Promise<${result} | B>` },
        ...extra,
      ],
    });
  };
  awaitable(names.put, E, "PutItemCommandInput", `A write of one ${E} (create or put), resolving to the item as stored.`);
  awaitable(names.get, `${E} | undefined`, "GetItemCommandInput", `A read of one ${E} by key.`);
  awaitable(names.projection, `Partial<${E}> | undefined`, "GetItemCommandInput", `A read of some attributes of one ${E} by key: only those asked for are present.`);
  awaitable(names.update, E, "UpdateItemCommandInput", `An update of one ${E}, resolving to the item after it.`);
  awaitable(names.delete, `${E} | undefined`, "DeleteItemCommandInput", `A delete of one ${E}, resolving to the old item when asked for.`);
  file.push({
    kind: StructureKind.Interface,
    name: names.page,
    isExported: true,
    docs: [`One page of ${E} items; \`cursor\` resumes after it (undefined at the end).`],
    properties: [{ name: "items", type: `${E}[]`, isReadonly: true }, { name: "cursor", type: "string | undefined", isReadonly: true }],
  });
  const reads = [
    { name: "pages", returnType: `AsyncIterable<${names.page}>`, docs: ["Every page, read on demand."] },
    { name: "all", returnType: `AsyncIterable<${E}>`, docs: ["Every item of every page, read on demand."] },
  ];
  awaitable(names.query, names.page, "QueryCommandInput", `A query of ${E} items, resolving to one page.`, reads);
  awaitable(names.scan, names.page, "ScanCommandInput", `A scan for ${E} items, resolving to one page.`, reads);
  file.push({
    kind: StructureKind.Interface,
    name: names.batchGet,
    isExported: true,
    docs: [`What \`batchGet\` of ${E} resolves to: the items found, in the order asked, and the keys not found.`],
    properties: [{ name: "items", type: `${E}[]`, isReadonly: true }, { name: "missing", type: `${E}Key[]`, isReadonly: true }],
  });
}
