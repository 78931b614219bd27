import { PUT_VALUES_SOURCE, TENANT, tsconfigText, type BenchEntity } from "./model.js";

function entityYaml(entity: BenchEntity): string {
  return [
    `  ${entity.name}:`,
    "    attributes:",
    "      tenantId: string",
    "      itemId: string",
    "      createdAt: datetime",
    "      name: string",
    "      status: { type: enum, values: [draft, active, archived] }",
    "      amount: number",
    "      quantity: { type: number, integer: true }",
    "      active: boolean",
    "      note: string?",
    `    key: { partition: "TENANT#{tenantId}", sort: "${entity.prefix}#{createdAt}#{itemId}" }`,
    "    indexes:",
    `      byItem: { index: gsi1, partition: "${entity.prefix}#{itemId}", sort: "${entity.prefix}" }`,
  ].join("\n");
}

/** The model in dynagen's schema language: one table, every entity in one file. */
export function catalogSchemaYaml(entities: readonly BenchEntity[]): string {
  const head = [
    "version: 1",
    "table:",
    "  name: catalog",
    "  key: { partition: pk, sort: sk }",
    "  indexes:",
    "    gsi1: { partition: gsi1pk, sort: gsi1sk }",
    "entities:",
  ];
  return [...head, ...entities.map(entityYaml)].join("\n") + "\n";
}

/**
 * The dynagen variant: the schema (generated into `generated/` by the CLI before tsc runs) and
 * code using each entity once, a put and a query.
 */
export function dynagenVariantFiles(entities: readonly BenchEntity[]): Map<string, string> {
  const calls = entities.flatMap((e) => [
    `  await db.${e.camel}.put(${PUT_VALUES_SOURCE});`,
    `  await db.${e.camel}.query.primary({ tenantId: "${TENANT}" });`,
  ]);
  const usage = [
    'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
    'import { createCatalog } from "./generated/catalog/index.js";',
    "",
    "const db = createCatalog({ client: new DynamoDBClient({}) });",
    "",
    "export async function useEveryEntity(): Promise<void> {",
    ...calls,
    "}",
  ].join("\n");
  return new Map([
    ["schemas/catalog.yaml", catalogSchemaYaml(entities)],
    ["usage.ts", usage + "\n"],
    ["tsconfig.json", tsconfigText(["usage.ts", "generated/**/*.ts"])],
  ]);
}
