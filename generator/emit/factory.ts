import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { Schema } from "../model/index.js";
import { collectionModulePath } from "./collection-file.js";
import { entityModuleName } from "./entity-file.js";
import { objectText } from "./literal.js";
import { camelCase, constantCase, pascalCase, propertyName } from "./names.js";

/**
 * Adds `create<Stem>` to the schema's index file: one repository per entity (camelCase),
 * `collections`, `batchWriter()`, `transact()` and `table` (create, delete, describe).
 */
export function emitFactory(file: Statements, schema: Schema): void {
  const S = pascalCase(schema.stem);
  const stem = camelCase(schema.stem);
  const T = `${constantCase(schema.stem)}_TABLE`;
  file.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "@aws-sdk/client-dynamodb", namedImports: [{ name: "DynamoDBClient", isTypeOnly: true }] });
  file.push({ kind: StructureKind.ImportDeclaration,
    moduleSpecifier: "dynagen/runtime",
    namedImports: ["createTable", "deleteTable", "describeTable", "RepositoryBatchWriter", "runTransaction", ...["BatchWriterOptions", "CollectionOperation", "CollectionOptions", "TableContext", "TableInfo", "TransactAction"].map((name) => ({ name, isTypeOnly: true }))],
  });
  for (const e of schema.entities) {
    file.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `./${entityModuleName(e)}.js`, namedImports: [`create${e.name}Repository`, `create${e.name}Transaction`, { name: `${e.name}Repository`, isTypeOnly: true }, { name: `${e.name}Transaction`, isTypeOnly: true }] });
  }
  for (const c of schema.collections) {
    const P = pascalCase(c.name);
    file.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `./${collectionModulePath(schema, c).slice(schema.stem.length + 1).replace(/\.ts$/, ".js")}`, namedImports: [c.name, { name: `${P}Key`, isTypeOnly: true }, { name: `${P}Page`, isTypeOnly: true }] });
  }
  file.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./table.js", namedImports: [T, `${stem}CreateTableInput`] });
  file.push({ kind: StructureKind.Interface, name: `${S}Options`, isExported: true, docs: [`Options of \`create${S}\`.`], properties: [{ name: "client", type: "DynamoDBClient" }, { name: "tableName", type: "string", hasQuestionToken: true, docs: [`Physical table name (default \`${schema.table.name}\`).`] }] });
  file.push({ kind: StructureKind.Interface,
    name: `${S}Collections`, isExported: true, docs: ["Collection reads: one partition, items split by entity."],
    methods: schema.collections.map((c) => ({ name: c.name, docs: [`Reads \`${c.name}\` (${c.entities.join(", ")}).\n\n@example\nconst page = await ${stem}.collections.${c.name}(key);`], parameters: [{ name: "key", type: `${pascalCase(c.name)}Key` }, { name: "options", type: "CollectionOptions", hasQuestionToken: true }], returnType: `CollectionOperation<${pascalCase(c.name)}Page>` })),
  });
  file.push({ kind: StructureKind.Interface, name: `${S}Transaction`, isExported: true, docs: ["Per-entity transaction actions."], properties: schema.entities.map((e) => ({ name: camelCase(e.name), type: `${e.name}Transaction`, isReadonly: true })) });
  file.push({ kind: StructureKind.Interface,
    name: `${S}Table`, isExported: true, docs: [`Table \`${schema.table.name}\` itself.`],
    properties: [{ name: "name", type: "string", isReadonly: true }],
    methods: [
      { name: "create", docs: [`Creates the table (indexes, TTL) and waits until it is active.\n\n@example\nawait ${stem}.table.create();`], returnType: "Promise<TableInfo>" },
      { name: "delete", docs: [`Deletes the table and waits until it is gone.\n\n@example\nawait ${stem}.table.delete();`], returnType: "Promise<void>" },
      { name: "describe", docs: [`Status, item count and size.\n\n@example\nconst { itemCount } = await ${stem}.table.describe();`], returnType: "Promise<TableInfo>" },
    ],
  });
  file.push({ kind: StructureKind.Interface,
    name: S, isExported: true, docs: [`Repositories and helpers for table \`${schema.table.name}\`.`],
    properties: [
      ...schema.entities.map((e) => ({ name: camelCase(e.name), type: `${e.name}Repository`, isReadonly: true })),
      { name: "collections", type: `${S}Collections`, isReadonly: true },
      { name: "table", type: `${S}Table`, isReadonly: true },
    ],
    methods: [
      { name: "batchWriter", docs: [`A typed batch writer (25 per request); \`close()\` or \`await using\` flushes.\n\n@example\nawait using writer = ${stem}.batchWriter();\nawait writer.put(${stem}.${camelCase(schema.entities[0]?.name ?? "x")}, item);`], parameters: [{ name: "options", type: "BatchWriterOptions", hasQuestionToken: true }], returnType: "RepositoryBatchWriter" },
      { name: "transact", docs: [`Runs the actions \`build\` returns as one transaction; \`token\` makes it idempotent.\n\n@example\nawait ${stem}.transact((tx) => [tx.${camelCase(schema.entities[0]?.name ?? "x")}.create(input)], { token: "request-1" });`], parameters: [{ name: "build", type: `(tx: ${S}Transaction) => readonly TransactAction[]` }, { name: "options", type: "{ readonly token?: string }", hasQuestionToken: true }], returnType: "Promise<void>" },
    ],
  });
  const table = `const table: TableContext = { client: options.client, tableName: options.tableName ?? ${T}.name };`;
  const tx = `const tx: ${S}Transaction = { ${schema.entities.map((e) => `${propertyName(camelCase(e.name))}: create${e.name}Transaction(table)`).join(", ")} };`;
  const body = [
    ...schema.entities.map((e) => `${propertyName(camelCase(e.name))}: create${e.name}Repository(table)`),
    `collections: ${objectText(schema.collections.map((c) => `${c.name}: (key, options) => ${c.name}(table, key, options)`))}`,
    `table: { name: table.tableName, create: () => createTable(options.client, ${stem}CreateTableInput(table.tableName)${schema.table.ttlAttribute ? `, { ttlAttribute: ${T}.ttlAttribute }` : ""}), delete: () => deleteTable(options.client, table.tableName), describe: () => describeTable(options.client, table.tableName) }`,
    "batchWriter: (writerOptions) => new RepositoryBatchWriter(table, writerOptions)",
    "transact: (build, transactOptions) => runTransaction(table, () => build(tx), transactOptions)",
  ];
  file.push({ kind: StructureKind.Function,
    name: `create${S}`,
    isExported: true,
    docs: [`The ${schema.stem} repositories on one client.\n\n@example\nconst ${stem} = create${S}({ client: new DynamoDBClient({}), tableName: "${schema.table.name}-prod" });`],
    parameters: [{ name: "options", type: `${S}Options` }],
    returnType: S,
    statements: [table, tx, `return {\n${body.join(",\n")},\n};`].join("\n"),
  });
}
