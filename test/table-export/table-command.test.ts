import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DescribeTimeToLiveCommand, UpdateTimeToLiveCommand, type CreateTableCommandInput, type TableDescription } from "@aws-sdk/client-dynamodb";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadSchema } from "../../generator/check/index.js";
import { createTableInput } from "../../generator/emit/table-definition.js";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";
import { runDynagen } from "../diff/cli-io.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const client = localClient();
const created: string[] = [];

afterAll(async () => {
  for (const name of created) await client.send(new DeleteTableCommand({ TableName: name })).catch(() => undefined);
  client.destroy();
});

async function tableJson(args: string[]): Promise<Record<string, unknown>> {
  const run = await runDynagen(["table", ...args], REPO);
  expect(run.stderr).toEqual([]);
  expect(run.status).toBe(0);
  expect(run.stdout).toHaveLength(1);
  return JSON.parse(run.stdout[0]!) as Record<string, unknown>;
}

/** Keys and indexes as DescribeTable reports them, in a comparable order. */
function keysOf(table: TableDescription | CreateTableCommandInput) {
  const byName = <T extends { IndexName?: string | undefined }>(list: T[] | undefined) => [...(list ?? [])].sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName)));
  return {
    keySchema: table.KeySchema,
    attributes: [...(table.AttributeDefinitions ?? [])].sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName))),
    global: byName(table.GlobalSecondaryIndexes).map((i) => ({ name: i.IndexName, keys: i.KeySchema, projection: i.Projection?.ProjectionType })),
    local: byName(table.LocalSecondaryIndexes).map((i) => ({ name: i.IndexName, keys: i.KeySchema, projection: i.Projection?.ProjectionType })),
  };
}

describe("dynagen table --format create-table", () => {
  it("prints the same CreateTable input the emitter puts in table.ts, as 2-space JSON", async () => {
    const run = await runDynagen(["table", "schemas/shop.yaml"], REPO);
    const { schema } = loadSchema({ path: "schemas/shop.yaml", text: readFileSync(`${REPO}schemas/shop.yaml`, "utf8") });
    expect(run.stdout).toEqual([JSON.stringify(createTableInput(schema!.table), null, 2)]);
    expect(await tableJson(["schemas/shop.yaml", "--format", "create-table"])).toEqual(JSON.parse(run.stdout[0]!));
  });

  it("is accepted by DynamoDB Local's CreateTable, which then describes the same keys and indexes", async () => {
    const input = { ...(await tableJson(["schemas/shop.yaml"])), TableName: uniqueTableName("export") } as unknown as CreateTableCommandInput;
    created.push(input.TableName!);
    await client.send(new CreateTableCommand(input));
    const { Table } = await client.send(new DescribeTableCommand({ TableName: input.TableName }));
    expect(Table?.BillingModeSummary?.BillingMode).toBe("PAY_PER_REQUEST");
    expect(keysOf(Table!)).toEqual(keysOf(input));
    expect(keysOf(Table!).global.map((i) => i.name)).toEqual(["gsi1"]);
    expect(keysOf(Table!).local.map((i) => i.name)).toEqual(["lsi1"]);
  });
});

describe("dynagen table --format cloudformation", () => {
  it("prints an AWS::DynamoDB::Table resource: the CreateTable properties plus TimeToLiveSpecification", async () => {
    const resource = await tableJson(["schemas/shop.yaml", "--format", "cloudformation"]);
    const createTable = await tableJson(["schemas/shop.yaml"]);
    expect(Object.keys(resource)).toEqual(["Type", "Properties"]);
    expect(resource["Type"]).toBe("AWS::DynamoDB::Table");
    const { TimeToLiveSpecification, ...rest } = resource["Properties"] as Record<string, unknown>;
    expect(TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
    expect(rest).toEqual(createTable);
    expect(Object.keys(rest)).toEqual(["TableName", "AttributeDefinitions", "KeySchema", "BillingMode", "GlobalSecondaryIndexes", "LocalSecondaryIndexes"]);
  });

  it("describes a table DynamoDB Local builds the same way, TTL included", async () => {
    const { Properties } = (await tableJson(["schemas/shop.yaml", "--format", "cloudformation"])) as { Properties: Record<string, unknown> };
    const { TimeToLiveSpecification, ...input } = Properties as { TimeToLiveSpecification: { AttributeName: string; Enabled: boolean } };
    const name = uniqueTableName("cfn");
    created.push(name);
    await client.send(new CreateTableCommand({ ...(input as unknown as CreateTableCommandInput), TableName: name }));
    await client.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification }));
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: "expiresAt", TimeToLiveStatus: "ENABLED" });
  });

  it("leaves TimeToLiveSpecification out for a table without ttl", async () => {
    const run = await runDynagen(["table", "test/table-export/no-ttl.yaml", "--format", "cloudformation"], REPO);
    expect(run.status).toBe(0);
    const resource = JSON.parse(run.stdout.join("\n")) as { Properties: Record<string, unknown> };
    expect(resource.Properties).not.toHaveProperty("TimeToLiveSpecification");
    expect(resource.Properties["KeySchema"]).toEqual([{ AttributeName: "pk", KeyType: "HASH" }]);
  });
});

describe("dynagen table: mistakes", () => {
  it("exits 2 for an unknown format or a missing file, 1 with diagnostics for a broken schema", async () => {
    const format = await runDynagen(["table", "schemas/shop.yaml", "--format", "terraform"], REPO);
    expect(format).toEqual({ status: 2, stdout: [], stderr: ['dynagen: --format must be create-table or cloudformation, got "terraform"'] });
    const missing = await runDynagen(["table", "schemas/nope.yaml"], REPO);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toEqual(['dynagen: schema file "schemas/nope.yaml" does not exist']);
    const broken = await runDynagen(["table", "test/table-export/broken.yaml"], REPO);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toEqual([]);
    expect(broken.stderr[0]).toMatch(/^test\/table-export\/broken\.yaml:\d+:\d+: error: /);
  });
});
