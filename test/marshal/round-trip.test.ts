import { CreateTableCommand, DeleteTableCommand, GetItemCommand, PutItemCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";
import * as shop from "../../generated/shop/index.js";
import * as ledger from "../golden/json-precise-binary/expected/index.js";
import * as catalog from "../golden/sets/expected/index.js";
import * as docs from "../golden/nested-maps/expected/index.js";
import * as sessions from "../golden/ttl-version/expected/index.js";
import * as scores from "../golden/integer-slots/expected/index.js";
import * as items from "./items.js";

// Every item goes through the generated marshaller, PutItem, GetItem and the generated
// unmarshaller against DynamoDB Local, and must come back deep-equal.
const client = localClient();
const tables = {
  shop: { name: uniqueTableName("rt-shop"), input: shop.shopCreateTableInput, def: shop.SHOP_TABLE },
  ledger: { name: uniqueTableName("rt-ledger"), input: ledger.jsonPreciseBinaryCreateTableInput, def: ledger.JSON_PRECISE_BINARY_TABLE },
  catalog: { name: uniqueTableName("rt-sets"), input: catalog.setsCreateTableInput, def: catalog.SETS_TABLE },
  docs: { name: uniqueTableName("rt-docs"), input: docs.nestedMapsCreateTableInput, def: docs.NESTED_MAPS_TABLE },
  sessions: { name: uniqueTableName("rt-sessions"), input: sessions.ttlVersionCreateTableInput, def: sessions.TTL_VERSION_TABLE },
  scores: { name: uniqueTableName("rt-scores"), input: scores.integerSlotsCreateTableInput, def: scores.INTEGER_SLOTS_TABLE },
};
type TableId = keyof typeof tables;

beforeAll(async () => {
  await Promise.all(Object.values(tables).map((t) => client.send(new CreateTableCommand(t.input(t.name)))));
});
afterAll(async () => {
  await Promise.all(Object.values(tables).map((t) => client.send(new DeleteTableCommand({ TableName: t.name }))));
  client.destroy();
});

interface Case<T> {
  readonly name: string;
  readonly table: TableId;
  readonly item: () => T;
  readonly marshal: (item: T) => Record<string, AttributeValue>;
  readonly unmarshal: (raw: Record<string, AttributeValue>) => T;
}
/** Erases the item type so cases of different entities fit one list. */
const caseOf = <T,>(c: Case<T>): Case<unknown> => c as unknown as Case<unknown>;
const cases: Case<unknown>[] = [
  caseOf({ name: "Customer (map, enum, boolean, datetimes, optional strings)", table: "shop", item: items.customer, marshal: shop.marshalCustomer, unmarshal: shop.unmarshalCustomer }),
  caseOf({ name: "Order (precise number, string set, list of strings, map)", table: "shop", item: items.order, marshal: shop.marshalOrder, unmarshal: shop.unmarshalOrder }),
  caseOf({ name: "OrderLine (integer slot, json)", table: "shop", item: items.orderLine, marshal: shop.marshalOrderLine, unmarshal: shop.unmarshalOrderLine }),
  caseOf({ name: "Product (list of maps, number set, binary, json)", table: "shop", item: items.product, marshal: shop.marshalProduct, unmarshal: shop.unmarshalProduct }),
  caseOf({ name: "Cart (ttl, list of maps)", table: "shop", item: items.cart, marshal: shop.marshalCart, unmarshal: shop.unmarshalCart }),
  caseOf({ name: "Entry (precise numbers at the limits, json null, binary)", table: "ledger", item: items.entry, marshal: ledger.marshalEntry, unmarshal: ledger.unmarshalEntry }),
  caseOf({ name: "Item (sets of every kind)", table: "catalog", item: items.setsItem, marshal: catalog.marshalItem, unmarshal: catalog.unmarshalItem }),
  caseOf({ name: "Invoice (maps in maps, lists of maps, lists of lists, enum lists)", table: "docs", item: items.invoice, marshal: docs.marshalInvoice, unmarshal: docs.unmarshalInvoice }),
  caseOf({ name: "Session (ttl, version)", table: "sessions", item: items.session, marshal: sessions.marshalSession, unmarshal: sessions.unmarshalSession }),
  caseOf({ name: "Score (integer slots with widths)", table: "scores", item: items.score, marshal: scores.marshalScore, unmarshal: scores.unmarshalScore }),
];

/** Names of the key and type attributes a table's items carry besides the entity's own. */
function structuralNames(def: { typeAttribute: string; indexes: Record<string, { partitionKey: string; sortKey?: string }> }): Set<string> {
  const names = new Set([def.typeAttribute]);
  for (const index of Object.values(def.indexes)) {
    names.add(index.partitionKey);
    if (index.sortKey) names.add(index.sortKey);
  }
  return names;
}

describe("generated marshallers round-trip through DynamoDB Local", () => {
  for (const c of cases) {
    test(c.name, async () => {
      const table = tables[c.table];
      const original = c.item();
      const raw = c.marshal(original);
      await client.send(new PutItemCommand({ TableName: table.name, Item: raw }));
      const def = table.def as unknown as Parameters<typeof structuralNames>[0];
      const key = { [def.indexes.primary!.partitionKey]: raw[def.indexes.primary!.partitionKey]!, [def.indexes.primary!.sortKey!]: raw[def.indexes.primary!.sortKey!]! };
      const got = await client.send(new GetItemCommand({ TableName: table.name, Key: key, ConsistentRead: true }));
      expect(got.Item).toBeDefined();
      expect(c.unmarshal(got.Item!)).toEqual(original);
      expect(got.Item![def.typeAttribute]).toEqual({ S: expect.any(String) });
    });

    test(`${c.name}: non-key attributes match util-dynamodb's marshall`, () => {
      const original = c.item();
      const raw = c.marshal(original);
      const names = structuralNames(tables[c.table].def as unknown as Parameters<typeof structuralNames>[0]);
      const own = Object.fromEntries(Object.entries(raw).filter(([name]) => !names.has(name)));
      expect(own).toEqual(marshall(original as Record<string, unknown>, { removeUndefinedValues: true, convertClassInstanceToMap: false }));
    });
  }

  test("key attributes hold the rendered templates", () => {
    const raw = shop.marshalOrder(items.order());
    expect(raw.pk).toEqual({ S: "CUSTOMER#c1" });
    expect(raw.sk).toEqual({ S: "ORDER#2026-03-01T10:00:00.000Z#o1" });
    expect(raw.gsi1pk).toEqual({ S: "ORDER#o1" });
    expect(raw.lsi1sk).toEqual({ S: "STATUS#paid#2026-03-01T10:00:00.000Z" });
    expect(raw._type).toEqual({ S: "Order" });
    expect(scores.marshalScore(items.score()).pk).toEqual({ S: "GAME#chess#SEASON#0007" });
    expect(scores.marshalScore(items.score()).sk).toEqual({ S: "RANK#000042#p1" });
  });

  test("an optional empty set is not written and reads back absent", async () => {
    const item = { ...items.setsItem(), colors: new Set<string>() };
    const raw = catalog.marshalItem(item);
    expect(raw).not.toHaveProperty("colors");
    await client.send(new PutItemCommand({ TableName: tables.catalog.name, Item: raw }));
    const got = await client.send(new GetItemCommand({ TableName: tables.catalog.name, Key: { pk: raw.pk!, sk: raw.sk! }, ConsistentRead: true }));
    expect(catalog.unmarshalItem(got.Item!)).not.toHaveProperty("colors");
  });
});
