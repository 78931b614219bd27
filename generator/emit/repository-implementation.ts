import { StructureKind } from "./structures.js";
import type { EntityContext } from "./context.js";
import { camelCase, constantCase } from "./names.js";
import type { Statements } from "./source-file.js";

/**
 * Emits `createOrderRepository(table)` and `createOrderTransaction(table)`: the runtime's
 * `EntityRepository` (which builds one query function per entry of `ORDER_QUERY_INDEXES`) and
 * `EntityTransaction`, handed out as the generated interfaces.
 *
 * The runtime classes are generic; checking that each instantiation matches its generated
 * interface would cost the compiler a structural comparison per entity in every project that
 * compiles the output. The values go out through `object` instead, and the contract is checked
 * once, for every entity of the example schema, by `repository-contract.test.ts`.
 */
export function emitRepositoryImplementation(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  const E = entity.name;
  const C = constantCase(E);
  const types = `${E}, ${E}Key, ${E}Create, ${E}Update, ${E}Refs`;
  ctx.runtime.add("EntityRepository");
  ctx.runtime.add("EntityTransaction");
  file.push({
    kind: StructureKind.Function,
    name: `create${E}Repository`,
    isExported: true,
    docs: [`The ${E} repository on one table.\n\n@example\nconst ${camelCase(E)}s = create${E}Repository({ client, tableName: "${ctx.schema.table.name}" });`],
    parameters: [{ name: "table", type: "TableContext" }],
    returnType: `${E}Repository`,
    statements: [
      `const repository: object = new EntityRepository<${types}>(table, ${C}_DESCRIPTOR, ${C}_QUERY_INDEXES);`,
      `return repository as ${E}Repository;`,
    ].join("\n"),
  });
  file.push({
    kind: StructureKind.Function,
    name: `create${E}Transaction`,
    isExported: true,
    docs: [`The ${E} actions of a transaction on one table.\n\n@example\nconst actions = [create${E}Transaction(table).create(input)];`],
    parameters: [{ name: "table", type: "TableContext" }],
    returnType: `${E}Transaction`,
    statements: [`const transaction: object = new EntityTransaction<${types}>(table, ${C}_DESCRIPTOR);`, `return transaction as ${E}Transaction;`].join("\n"),
  });
}
