import { StructureKind, VariableDeclarationKind } from "./structures.js";
import { PRIMARY_INDEX, type Schema } from "../model/index.js";
import { camelCase, constantCase, propertyName } from "./names.js";
import { printFile, type Statements } from "./source-file.js";
import { createTableInput } from "./table-definition.js";
import { objectText, valueText } from "./literal.js";

/** `shop/table.ts`: key names per index, type and TTL attribute names, and the CreateTable input. */
export function emitTableFile(schema: Schema): string {
  const { table } = schema;
  const file: Statements = [];
  file.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "@aws-sdk/client-dynamodb", namedImports: ["CreateTableCommandInput"] });
  const keys = (partition: string, sort: string | undefined) => `{ partitionKey: ${JSON.stringify(partition)}${sort === undefined ? "" : `, sortKey: ${JSON.stringify(sort)}`} }`;
  const indexes = [
    `${PRIMARY_INDEX}: ${keys(table.partitionKey, table.sortKey)}`,
    ...table.indexes.map((i) => `${propertyName(i.name)}: ${keys(i.partitionKey, i.sortKey)}`),
  ];
  const fields = [
    `name: ${JSON.stringify(table.name)}`,
    `typeAttribute: ${JSON.stringify(table.typeAttribute)}`,
    ...(table.ttlAttribute === undefined ? [] : [`ttlAttribute: ${JSON.stringify(table.ttlAttribute)}`]),
    `indexes: { ${indexes.join(", ")} }`,
  ];
  const constant = `${constantCase(schema.stem)}_TABLE`;
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Table \`${table.name}\`: default name, type and TTL attributes, key attribute names per index (\`primary\` is the table's own key).`],
    declarations: [{ name: constant, initializer: `${objectText(fields)} as const` }],
  });
  const fn = `${camelCase(schema.stem)}CreateTableInput`;
  file.push({ kind: StructureKind.Function,
    name: fn,
    isExported: true,
    docs: [`The CreateTable input for table \`${table.name}\` (a fresh object on each call).\n\n@example\nawait client.send(new CreateTableCommand(${fn}("${table.name}-test")));`],
    parameters: [{ name: "tableName", type: "string", initializer: `${constant}.name` }],
    returnType: "CreateTableCommandInput",
    statements: `return ${valueText({ ...createTableInput(table), TableName: "__NAME__" }).replace('"__NAME__"', "tableName")};`,
  });
  return printFile(schema, file);
}
