// shop.table: create (from generated/shop/table.ts, TTL on), describe, delete.
import { DescribeTableCommand, ResourceNotFoundException } from "@aws-sdk/client-dynamodb";
import { expect, it } from "vitest";
import { createShop } from "../../generated/shop/index.js";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";
import { customerInput } from "./shop-fixture.js";

it("creates the table with its indexes, describes it and deletes it", async () => {
  const client = localClient();
  const tableName = uniqueTableName("lifecycle");
  const shop = createShop({ client, tableName });
  const created = await shop.table.create();
  expect(created).toMatchObject({ name: tableName, status: "ACTIVE", key: { partition: "pk", sort: "sk" } });
  expect(created.indexes.map((i) => [i.name, i.type]).sort()).toEqual([["gsi1", "global"], ["lsi1", "local"]]);
  expect(shop.table.name).toBe(tableName);

  await shop.customer.create(customerInput("lc-1"));
  const described = await shop.table.describe();
  expect(described.itemCount).toBe(1);
  expect(described.sizeBytes).toBeGreaterThan(0);

  await shop.table.delete();
  await expect(client.send(new DescribeTableCommand({ TableName: tableName }))).rejects.toBeInstanceOf(ResourceNotFoundException);
});

it("uses the schema's table name when none is given", () => {
  const shop = createShop({ client: localClient() });
  expect(shop.table.name).toBe("shop");
  expect(shop.customer.get({ customerId: "c1" }).params().TableName).toBe("shop");
});
