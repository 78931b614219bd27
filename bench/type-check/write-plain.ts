import { PUT_VALUES_SOURCE, STATUS_VALUES, TENANT, tsconfigText, type BenchEntity } from "./model.js";

function entitySource(e: BenchEntity): string {
  const status = STATUS_VALUES.map((v) => `"${v}"`).join(" | ");
  return `import { PutItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from "@aws-sdk/client-dynamodb";

export interface ${e.name} {
  tenantId: string;
  itemId: string;
  createdAt: string;
  name: string;
  status: ${status};
  amount: number;
  quantity: number;
  active: boolean;
  note?: string;
}

export function marshal${e.name}(item: ${e.name}): Record<string, AttributeValue> {
  const raw: Record<string, AttributeValue> = {
    pk: { S: \`TENANT#\${item.tenantId}\` },
    sk: { S: \`${e.prefix}#\${item.createdAt}#\${item.itemId}\` },
    gsi1pk: { S: \`${e.prefix}#\${item.itemId}\` },
    gsi1sk: { S: "${e.prefix}" },
    _type: { S: "${e.name}" },
    tenantId: { S: item.tenantId },
    itemId: { S: item.itemId },
    createdAt: { S: item.createdAt },
    name: { S: item.name },
    status: { S: item.status },
    amount: { N: String(item.amount) },
    quantity: { N: String(item.quantity) },
    active: { BOOL: item.active },
  };
  if (item.note !== undefined) raw["note"] = { S: item.note };
  return raw;
}

export function unmarshal${e.name}(raw: Record<string, AttributeValue>): ${e.name} {
  const item: ${e.name} = {
    tenantId: raw["tenantId"]?.S ?? "",
    itemId: raw["itemId"]?.S ?? "",
    createdAt: raw["createdAt"]?.S ?? "",
    name: raw["name"]?.S ?? "",
    status: (raw["status"]?.S ?? "draft") as ${e.name}["status"],
    amount: Number(raw["amount"]?.N),
    quantity: Number(raw["quantity"]?.N),
    active: raw["active"]?.BOOL ?? false,
  };
  if (raw["note"]?.S !== undefined) item.note = raw["note"].S;
  return item;
}

export async function put${e.name}(client: DynamoDBClient, item: ${e.name}): Promise<void> {
  await client.send(new PutItemCommand({ TableName: "catalog", Item: marshal${e.name}(item) }));
}

export async function query${e.name}(client: DynamoDBClient, tenantId: string): Promise<${e.name}[]> {
  const out = await client.send(
    new QueryCommand({
      TableName: "catalog",
      KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :prefix)",
      ExpressionAttributeNames: { "#pk": "pk", "#sk": "sk" },
      ExpressionAttributeValues: { ":pk": { S: \`TENANT#\${tenantId}\` }, ":prefix": { S: "${e.prefix}#" } },
    }),
  );
  return (out.Items ?? []).map(unmarshal${e.name});
}
`;
}

/** The baseline variant: hand-written interfaces and functions calling the raw client. */
export function plainVariantFiles(entities: readonly BenchEntity[]): Map<string, string> {
  const files = new Map<string, string>(entities.map((e) => [`entities/${e.camel}.ts`, entitySource(e)]));
  const usage = [
    'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
    ...entities.map((e) => `import { put${e.name}, query${e.name} } from "./entities/${e.camel}.js";`),
    "",
    "const client = new DynamoDBClient({});",
    "",
    "export async function useEveryEntity(): Promise<void> {",
    ...entities.flatMap((e) => [
      `  await put${e.name}(client, ${PUT_VALUES_SOURCE});`,
      `  await query${e.name}(client, "${TENANT}");`,
    ]),
    "}",
  ].join("\n");
  files.set("usage.ts", usage + "\n");
  files.set("tsconfig.json", tsconfigText(["usage.ts", "entities/*.ts"]));
  return files;
}
