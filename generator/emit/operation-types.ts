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
 * Emits the named result types of the repository's methods (`OrderPutOperation`,
 * `OrderQueryOperation`, `OrderPage`...) as aliases of the runtime's plain generic interfaces
 * (`AwaitableOperation<Order, PutItemCommandInput>`): an alias costs the compiler one type
 * reference, where an interface of its own per entity would be checked against `PromiseLike`
 * member by member in every project that compiles the output.
 */
export function emitOperationTypes(file: Statements, ctx: EntityContext): void {
  const E = ctx.entity.name;
  const names = operationTypeNames(E);
  const alias = (name: string, type: string, doc: string, runtimeTypes: string[]) => {
    runtimeTypes.forEach((t) => ctx.runtimeTypes.add(t));
    file.push({ kind: StructureKind.TypeAlias, name, isExported: true, docs: [doc], type });
  };
  const awaitable = (name: string, result: string, params: string, doc: string) =>
    alias(name, `AwaitableOperation<${result}, ${params}>`, `${doc} \`await\` runs it; \`params()\` is the command input, nothing sent.`, ["AwaitableOperation", params]);
  const paged = (name: string, params: string, doc: string) =>
    alias(name, `PagedOperation<${E}, ${params}>`, `${doc} \`await\` reads one page; \`pages()\` and \`all()\` read on; \`params()\` is the command input, nothing sent.`, ["PagedOperation", params]);
  awaitable(names.put, E, "PutItemCommandInput", `A write of one ${E} (create or put), resolving to the item as stored.`);
  awaitable(names.get, `${E} | undefined`, "GetItemCommandInput", `A read of one ${E} by key.`);
  awaitable(names.projection, `Partial<${E}> | undefined`, "GetItemCommandInput", `A read of some attributes of one ${E} by key: only those asked for are present.`);
  awaitable(names.update, E, "UpdateItemCommandInput", `An update of one ${E}, resolving to the item after it.`);
  awaitable(names.delete, `${E} | undefined`, "DeleteItemCommandInput", `A delete of one ${E}, resolving to the old item when asked for.`);
  alias(names.page, `Page<${E}>`, `One page of ${E} items; \`cursor\` resumes after it (undefined at the end).`, ["Page"]);
  paged(names.query, "QueryCommandInput", `A query of ${E} items.`);
  paged(names.scan, "ScanCommandInput", `A scan for ${E} items.`);
  alias(names.batchGet, `BatchGetItems<${E}, ${E}Key>`, `What \`batchGet\` of ${E} resolves to: the items found, in the order asked, and the keys not found.`, ["BatchGetItems"]);
}
