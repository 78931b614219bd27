// Offline: the exact command input of each operation kind; nothing is sent.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { updateActions, ValidationError, type EntityDescriptor } from "dynagen/runtime";
import { createShop } from "../../generated/shop/index.js";

const shop = createShop({ client: new DynamoDBClient({ region: "us-east-1" }), tableName: "shop-test" });
const MAX = "\u{10FFFF}";

describe("params()", () => {
  it("create: attribute_not_exists(pk), ALL_OLD on failure, keys and type attribute written", () => {
    const p = shop.cart.create({ cartId: "k1", expiresAt: 1 }).params();
    expect(p).toMatchObject({ TableName: "shop-test", ConditionExpression: "attribute_not_exists(#n0)", ExpressionAttributeNames: { "#n0": "pk" }, ReturnValuesOnConditionCheckFailure: "ALL_OLD" });
    expect(p.Item).toMatchObject({ pk: { S: "CART#k1" }, sk: { S: "CART" }, _type: { S: "Cart" }, items: { L: [] } });
  });

  it("get: key, consistent read and projection", () => {
    expect(shop.customer.get({ customerId: "c1" }, { consistent: true, attributes: ["name", "email"] }).params()).toEqual({
      TableName: "shop-test", Key: { pk: { S: "CUSTOMER#c1" }, sk: { S: "PROFILE" } }, ConsistentRead: true,
      ProjectionExpression: "#n0, #n1", ExpressionAttributeNames: { "#n0": "name", "#n1": "email" },
    });
  });

  it("put: checks the version it read and writes it incremented", () => {
    const p = shop.cart.put({ cartId: "k1", items: [], expiresAt: 1 }).params();
    expect(p.ConditionExpression).toBeUndefined();
    expect(p.Item?.updatedAt?.S).toMatch(/^\d{4}-/);
    const v = shop.customer.put({ customerId: "c1", email: "a@b.c", name: "A", tier: "free", points: 0, marketingOptIn: false, createdAt: "2026-01-01T00:00:00.000Z", version: 3 }).params();
    expect(v).toMatchObject({ ConditionExpression: "#n0 = :v0", ExpressionAttributeNames: { "#n0": "version" }, ExpressionAttributeValues: { ":v0": { N: "3" } }, ReturnValuesOnConditionCheckFailure: "ALL_OLD" });
    expect(v.Item?.version).toEqual({ N: "4" });
  });

  it("update: values checked, index key rewritten, version added, existence required, ALL_NEW", () => {
    const p = shop.customer.update({ customerId: "c1" }, { set: { email: "n@b.c" }, remove: ["nickname"] }, { if: (a) => a.tier.ne("pro"), expectedVersion: 2 }).params();
    // The version check fails on a missing item by itself, so no attribute_exists beside it.
    expect(p.ConditionExpression).toBe("#n0 <> :v0 AND #n1 = :v1");
    expect(p.UpdateExpression).toBe("SET #n2 = :v2, #n3 = :v3, #n4 = :v4, #n5 = :v5 REMOVE #n6 ADD #n1 :v6");
    expect(p.ExpressionAttributeNames).toEqual({ "#n0": "tier", "#n1": "version", "#n2": "email", "#n3": "updatedAt", "#n4": "gsi1pk", "#n5": "gsi1sk", "#n6": "nickname" });
    // gsi1sk is the constant "CUSTOMER": written beside the rewritten gsi1pk (a slot-less key is always re-sent with a key change)
    expect(p.ExpressionAttributeValues).toMatchObject({ ":v0": { S: "pro" }, ":v1": { N: "2" }, ":v2": { S: "n@b.c" }, ":v4": { S: "EMAIL#n@b.c" }, ":v5": { S: "CUSTOMER" }, ":v6": { N: "1" } });
    expect(p).toMatchObject({ ReturnValues: "ALL_NEW", ReturnValuesOnConditionCheckFailure: "ALL_OLD" });
    expect(() => shop.customer.update({ customerId: "c1" }, { set: { email: "not an email" } }).params()).toThrow(ValidationError);
  });

  it("update: the existence check is left out only when the condition already fails on a missing item", () => {
    const key = { customerId: "c1" };
    const changes = { set: { name: "Anne" } };
    const condition = (options: Parameters<typeof shop.customer.update>[2]) => shop.customer.update(key, changes, options).params().ConditionExpression;
    expect(condition({})).toBe("attribute_exists(#n0)");
    expect(condition({ if: (a) => a.tier.eq("pro") })).toBe("#n0 = :v0");
    expect(condition({ expectedVersion: 2 })).toBe("#n0 = :v0");
    expect(condition({ if: (a) => a.tier.eq("pro").and(a.points.gt(1)) })).toBe("#n0 = :v0 AND #n1 > :v1");
    expect(condition({ if: (a) => a.nickname.exists().or(a.tier.eq("pro")) })).toBe("attribute_exists(#n0) OR #n1 = :v0");
    expect(condition({ if: (a) => a.email.beginsWith("a") })).toBe("begins_with(#n0, :v0)");
    // These can hold on a missing item, so the item's existence is still required.
    expect(condition({ if: (a) => a.tier.ne("pro") })).toBe("attribute_exists(#n0) AND #n1 <> :v0");
    expect(condition({ if: (a) => a.points.gt(1) })).toBe("attribute_exists(#n0) AND #n1 > :v0");
    expect(condition({ if: (a) => a.nickname.notExists() })).toBe("attribute_exists(#n0) AND attribute_not_exists(#n1)");
    expect(condition({ if: (a) => a.tier.eq("pro").or(a.nickname.notExists()) })).toBe("attribute_exists(#n0) AND (#n1 = :v0 OR attribute_not_exists(#n2))");
    expect(condition({ if: (a) => a.tier.eq("pro").not() })).toBe("attribute_exists(#n0) AND NOT (#n1 = :v0)");
  });

  it("update: a key whose slots are only partly known is rejected before sending", () => {
    const descriptor = { name: "X", marshalValue: { a: () => ({ S: "1" }) }, onUpdateNow: [], indexKeys: [{ attribute: "gsi1pk", sources: ["a", "b"], render: () => "" }] } as unknown as EntityDescriptor<unknown, never, never>;
    expect(() => updateActions(descriptor, {}, { set: { a: "1" } })).toThrow(/needs b/);
    expect(updateActions(descriptor, { b: "2" }, { set: { a: "1" } })).toHaveLength(2);
  });

  it("update: writing one key of a sparse index also writes its slot-less partner, so the item enters the index", () => {
    const indexKeys = [
      { attribute: "gsi3pk", sources: [], render: () => "ESCALATED" },
      { attribute: "gsi3sk", sources: ["escalatedAt"], render: (v: { escalatedAt: string }) => `AT#${v.escalatedAt}` },
    ];
    const descriptor = { name: "T", marshalValue: { escalatedAt: (v: string) => ({ S: v }), note: (v: string) => ({ S: v }) }, onUpdateNow: [], indexKeys } as unknown as EntityDescriptor<unknown, never, never>;
    const written = updateActions(descriptor, {}, { set: { escalatedAt: "2026-05-01" } }).map((a) => `${a.kind} ${JSON.stringify(a.path)}`);
    expect(written).toEqual(["escalatedAt", "gsi3sk", "gsi3pk"].map((name) => `set ${JSON.stringify({ kind: "path", segments: [name] })}`));
    expect(updateActions(descriptor, {}, { set: { note: "x" } })).toHaveLength(1); // no key touched: no key written
  });

  it("update: the example schema's byProduct key needs both sku and quantity", () => {
    const line = { orderId: "o1", lineNo: 1 };
    expect(() => shop.orderLine.update(line, { set: { quantity: 3 } }).params()).toThrow(
      expect.objectContaining({ code: "validation.indexKeySlot", path: "sku" }),
    );
    const p = shop.orderLine.update(line, { set: { quantity: 3, sku: "HAT-1" } }).params();
    expect(Object.values(p.ExpressionAttributeValues!)).toContainEqual({ S: "SKU#HAT-1#QTY#000003" });
  });

  it("a key slot followed by literal text may not hold that text's first character", () => {
    const key = { customerId: "c1", placedAt: "2026-01-01T00:00:00.000Z", orderId: "o#1" };
    expect(shop.order.get(key).params().Key!.sk).toEqual({ S: "ORDER#2026-01-01T00:00:00.000Z#o#1" }); // the last slot may
    expect(() => shop.order.get({ ...key, placedAt: "2026#x" }).params()).toThrow(
      expect.objectContaining({ code: "validation.keySeparator", path: "placedAt" }),
    );
    expect(() => shop.order.query.primary({ customerId: "c1" }, { sort: { placedAt: "a#b" } }).params()).toThrow(
      expect.objectContaining({ code: "validation.keySeparator" }),
    );
  });

  it("delete: condition with ALL_OLD and returnOld", () => {
    expect(shop.cart.delete({ cartId: "k1" }, { returnOld: true, if: (a) => a.customerId.exists() }).params()).toEqual({
      TableName: "shop-test", Key: { pk: { S: "CART#k1" }, sk: { S: "CART" } }, ConditionExpression: "attribute_exists(#n0)",
      ExpressionAttributeNames: { "#n0": "customerId" }, ReturnValuesOnConditionCheckFailure: "ALL_OLD", ReturnValues: "ALL_OLD",
    });
  });

  const sortOf = (p: { KeyConditionExpression?: string; ExpressionAttributeValues?: Record<string, unknown> }) => ({ expression: p.KeyConditionExpression, values: p.ExpressionAttributeValues });

  it("query: no sort condition is begins_with of the prefix, always a type filter", () => {
    const p = shop.order.query.primary({ customerId: "c1" }, { limit: 5, order: "desc" }).params();
    expect(p).toMatchObject({ KeyConditionExpression: "#n0 = :v0 AND begins_with(#n1, :v1)", FilterExpression: "#n2 = :v2", ScanIndexForward: false });
    expect(p.ExpressionAttributeValues).toEqual({ ":v0": { S: "CUSTOMER#c1" }, ":v1": { S: "ORDER#" }, ":v2": { S: "Order" } });
  });

  it("query: plain values match exactly, ranges stay inside the prefix", () => {
    const q = (sort: object) => sortOf(shop.order.query.primary({ customerId: "c1" }, { sort } as never).params());
    expect(q({ placedAt: "2026" }).values?.[":v1"]).toEqual({ S: "ORDER#2026#" });
    expect(q({ placedAt: "2026", orderId: "o1" })).toMatchObject({ expression: "#n0 = :v0 AND #n1 = :v1", values: { ":v1": { S: "ORDER#2026#o1" } } });
    expect(q({ placedAt: { gte: "2026-02" } }).values).toMatchObject({ ":v1": { S: "ORDER#2026-02" }, ":v2": { S: `ORDER#${MAX}` } });
    expect(q({ placedAt: { gt: "2026-02" } }).values).toMatchObject({ ":v1": { S: `ORDER#2026-02#${MAX}` }, ":v2": { S: `ORDER#${MAX}` } });
    expect(q({ placedAt: { lte: "2026-02" } }).values).toMatchObject({ ":v1": { S: "ORDER#" }, ":v2": { S: `ORDER#2026-02#${MAX}` } });
    expect(q({ placedAt: { lt: "2026-02" } }).values).toMatchObject({ ":v1": { S: "ORDER#" }, ":v2": { S: `ORDER#2026-01${MAX}` } });
    expect(q({ placedAt: { between: ["2026-01", "2026-02"] } }).values).toMatchObject({ ":v1": { S: "ORDER#2026-01" }, ":v2": { S: `ORDER#2026-02#${MAX}` } });
    expect(q({ placedAt: { beginsWith: "2026-03" } })).toMatchObject({ expression: "#n0 = :v0 AND begins_with(#n1, :v1)", values: { ":v1": { S: "ORDER#2026-03" } } });
    expect(q({ placedAt: "2026", orderId: { gt: "o1" } }).values).toMatchObject({ ":v1": { S: "ORDER#2026#o1\u0000" } });
    expect(() => q({ placedAt: { between: ["b", "a"] } })).toThrow(ValidationError);
    expect(() => q({ placedAt: { gte: "a" }, orderId: "o1" })).toThrow(ValidationError);
  });

  it("query on a secondary index: IndexName, slots from the first argument, integer slots padded", () => {
    const p = shop.order.query.byStatus({ customerId: "c1", status: "paid" }).params();
    expect(p).toMatchObject({ IndexName: "lsi1", KeyConditionExpression: "#n0 = :v0 AND begins_with(#n1, :v1)" });
    expect(p.ExpressionAttributeValues?.[":v1"]).toEqual({ S: "STATUS#paid#" });
    const line = shop.orderLine.query.primary({ orderId: "o1" }, { sort: { lineNo: { gte: 7 } } }).params();
    expect(line.ExpressionAttributeValues?.[":v1"]).toEqual({ S: "LINE#000007" });
  });

  it("scan and collection: type filters", () => {
    expect(shop.product.scan({ where: (a) => a.price.gt(5) }).params()).toMatchObject({ FilterExpression: "#n0 = :v0 AND #n1 > :v1" });
    const c = shop.collections.customerOverview({ customerId: "c1" }).params();
    expect(c).toMatchObject({ KeyConditionExpression: "#n0 = :v0", FilterExpression: "#n1 IN (:v1, :v2)" });
    expect(c.ExpressionAttributeValues).toMatchObject({ ":v0": { S: "CUSTOMER#c1" }, ":v1": { S: "Customer" }, ":v2": { S: "Order" } });
  });
});
