import { PUT_VALUES_SOURCE, STATUS_VALUES, TENANT, tsconfigText, type BenchEntity } from "./model.js";

function entitySource(e: BenchEntity): string {
  const status = STATUS_VALUES.map((v) => `"${v}"`).join(", ");
  return `import { Entity, boolean, item, number, string } from "dynamodb-toolbox";
import { catalogTable } from "../table.js";

const schema = item({
  tenantId: string().key(),
  itemId: string().key(),
  createdAt: string().key(),
  name: string(),
  status: string().enum(${status}),
  amount: number(),
  quantity: number(),
  active: boolean(),
  note: string().optional(),
}).and((base) => ({
  gsi1pk: string()
    .hidden()
    .putLink<typeof base>(({ itemId }) => \`${e.prefix}#\${itemId}\`),
  gsi1sk: string().hidden().putDefault("${e.prefix}"),
}));

export const ${e.camel} = new Entity({
  name: "${e.name}",
  table: catalogTable,
  schema,
  timestamps: false,
  computeKey: ({ tenantId, createdAt, itemId }) => ({ pk: \`TENANT#\${tenantId}\`, sk: \`${e.prefix}#\${createdAt}#\${itemId}\` }),
});
`;
}

const TABLE_SOURCE = `import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Table } from "dynamodb-toolbox";

export const catalogTable = new Table({
  name: "catalog",
  partitionKey: { name: "pk", type: "string" },
  sortKey: { name: "sk", type: "string" },
  indexes: {
    gsi1: { type: "global", partitionKey: { name: "gsi1pk", type: "string" }, sortKey: { name: "gsi1sk", type: "string" } },
  },
  documentClient: DynamoDBDocumentClient.from(new DynamoDBClient({})),
});
`;

/** The dynamodb-toolbox v2 variant: one Entity per file, used once each (a put and a query). */
export function toolboxVariantFiles(entities: readonly BenchEntity[]): Map<string, string> {
  const files = new Map<string, string>(entities.map((e) => [`entities/${e.camel}.ts`, entitySource(e)]));
  files.set("table.ts", TABLE_SOURCE);
  const usage = [
    'import { PutItemCommand, QueryCommand } from "dynamodb-toolbox";',
    'import { catalogTable } from "./table.js";',
    ...entities.map((e) => `import { ${e.camel} } from "./entities/${e.camel}.js";`),
    "",
    "export async function useEveryEntity(): Promise<void> {",
    ...entities.flatMap((e) => [
      `  await ${e.camel}.build(PutItemCommand).item(${PUT_VALUES_SOURCE}).send();`,
      `  await catalogTable.build(QueryCommand).entities(${e.camel})` +
        `.query({ partition: "TENANT#${TENANT}", range: { beginsWith: "${e.prefix}#" } }).send();`,
    ]),
    "}",
  ].join("\n");
  files.set("usage.ts", usage + "\n");
  files.set("tsconfig.json", tsconfigText(["usage.ts", "table.ts", "entities/*.ts"]));
  return files;
}
