import { PUT_VALUES_SOURCE, STATUS_VALUES, TENANT, tsconfigText, type BenchEntity } from "./model.js";

function entitySource(e: BenchEntity): string {
  const status = STATUS_VALUES.map((v) => `"${v}"`).join(", ");
  return `import { Entity } from "electrodb";
import { client } from "../client.js";

export const ${e.camel} = new Entity(
  {
    model: { entity: "${e.name}", version: "1", service: "catalog" },
    attributes: {
      tenantId: { type: "string", required: true },
      itemId: { type: "string", required: true },
      createdAt: { type: "string", required: true },
      name: { type: "string", required: true },
      status: { type: [${status}] as const, required: true },
      amount: { type: "number", required: true },
      quantity: { type: "number", required: true },
      active: { type: "boolean", required: true },
      note: { type: "string" },
    },
    indexes: {
      primary: {
        pk: { field: "pk", composite: ["tenantId"], template: "TENANT#\${tenantId}", casing: "none" },
        sk: { field: "sk", composite: ["createdAt", "itemId"], template: "${e.prefix}#\${createdAt}#\${itemId}", casing: "none" },
      },
      byItem: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["itemId"], template: "${e.prefix}#\${itemId}", casing: "none" },
        sk: { field: "gsi1sk", composite: [], template: "${e.prefix}", casing: "none" },
      },
    },
  },
  { table: "catalog", client },
);
`;
}

/** The ElectroDB variant: one Entity per file, used once each (a put and a query). */
export function electroVariantFiles(entities: readonly BenchEntity[]): Map<string, string> {
  const files = new Map<string, string>(entities.map((e) => [`entities/${e.camel}.ts`, entitySource(e)]));
  files.set(
    "client.ts",
    [
      'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
      'import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";',
      "",
      "export const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));",
      "",
    ].join("\n"),
  );
  const usage = [
    ...entities.map((e) => `import { ${e.camel} } from "./entities/${e.camel}.js";`),
    "",
    "export async function useEveryEntity(): Promise<void> {",
    ...entities.flatMap((e) => [
      `  await ${e.camel}.put(${PUT_VALUES_SOURCE}).go();`,
      `  await ${e.camel}.query.primary({ tenantId: "${TENANT}" }).go();`,
    ]),
    "}",
  ].join("\n");
  files.set("usage.ts", usage + "\n");
  files.set("tsconfig.json", tsconfigText(["usage.ts", "client.ts", "entities/*.ts"]));
  return files;
}
