import type { AttributeValue, WriteRequest } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { batchGet } from "./batch-get.js";
import { BatchWriter } from "./batch-writer.js";
import { itemKeyString } from "./item-key.js";
import { KeySlots } from "./key-slots.js";
import { canonicalNumber } from "../marshal/number-text.js";
import { fakeDynamo } from "./test-fake-dynamo.js";
import { entryId } from "./write-request.js";

type Raw = Record<string, AttributeValue>;
const things = { tableName: "things", keyAttributes: ["id"] };

describe("canonicalNumber", () => {
  it("writes numbers as DynamoDB returns them", () => {
    const cases: [string, string][] = [
      ["1.0", "1"], ["007", "7"], ["1e3", "1000"], ["1E+3", "1000"], ["-0", "0"], ["-0.000", "0"], ["+5", "5"],
      ["5.", "5"], [".5", "0.5"], ["-.50", "-0.5"], ["12.500", "12.5"], ["1.25e1", "12.5"], ["125e-1", "12.5"],
      ["1e-3", "0.001"], ["-0012.3400e2", "-1234"], ["0e10", "0"], ["1.5E-1", "0.15"], ["100e-2", "1"],
    ];
    for (const [text, canonical] of cases) expect(canonicalNumber(text), text).toBe(canonical);
  });

  it("keeps the text of numbers already canonical", () => {
    for (const text of ["0", "1", "-1", "12.5", "-0.001", "100", "99999999999999999999999999999999999999"]) expect(canonicalNumber(text)).toBe(text);
  });

  it("returns text that is not a number as is", () => {
    for (const text of ["", ".", "-", "e5", "1e", "1.2.3", "abc", "1e99999999", "0x10", " 1"]) expect(canonicalNumber(text)).toBe(text);
  });
});

describe("number keys are matched by value", () => {
  it("one key slot and one entry id for 1, 1.0, 1e0, 001 and +1; another for 10", () => {
    const slots = new KeySlots();
    const one = slots.slot(things, { id: { N: "1" } });
    for (const N of ["1.0", "1e0", "001", "+1"]) {
      expect(slots.slot(things, { id: { N } }), N).toBe(one);
      expect(entryId(things, { id: { N } }), N).toBe(entryId(things, { id: { N: "1" } }));
    }
    expect(slots.slot(things, { id: { N: "10" } })).not.toBe(one);
    expect(slots.slot({ tableName: "t", keyAttributes: ["pk", "sk"] }, { pk: { S: "a" }, sk: { N: "-0" } })).toBe(slots.slot({ tableName: "t", keyAttributes: ["pk", "sk"] }, { pk: { S: "a" }, sk: { N: "0.0" } }));
  });

  it("itemKeyString: the same string for equal numbers; ordinary keys unchanged", () => {
    expect(itemKeyString({ id: { N: "1.0" } }, ["id"])).toBe('["1"]');
    expect(itemKeyString({ id: { N: "1e3" } }, ["id"])).toBe(itemKeyString({ id: { N: "1000" } }, ["id"]));
    expect(itemKeyString({ pk: { S: "CUSTOMER#c1" }, sk: { N: "12.5" } }, ["pk", "sk"])).toBe('["CUSTOMER#c1","12.5"]');
  });

  it("the batch writer sends one write for 1 and 1.0, the last", async () => {
    const db = fakeDynamo(() => ({ body: { UnprocessedItems: {} } }));
    const writer = new BatchWriter(db.client);
    await writer.put(things, { id: { N: "1" }, v: { S: "first" } });
    await writer.put(things, { id: { N: "1.0" }, v: { S: "last" } });
    await writer.close();
    const sent = db.calls.flatMap((c) => (c.input.RequestItems.things as WriteRequest[]).map((r) => r.PutRequest!.Item));
    expect(sent).toEqual([{ id: { N: "1.0" }, v: { S: "last" } }]);
  });

  it("batchGet finds a key asked as 1.0 or 1e3 in the item DynamoDB returns as 1 or 1000, and asks for 1 and 1.0 once", async () => {
    const stored = new Map([["1", "one"], ["1000", "thousand"]]);
    const db = fakeDynamo(({ input }) => {
      // DynamoDB answers with the stored (canonical) number, whatever the spelling asked.
      const keys = input.RequestItems.things.Keys as Raw[];
      const items = keys.map((k) => String(Number(k.id!.N))).filter((n) => stored.has(n)).map((n) => ({ id: { N: n }, v: { S: stored.get(n) } }));
      return { body: { Responses: { things: items } } };
    });
    const keys = [{ id: { N: "1.0" } }, { id: { N: "1e3" } }, { id: { N: "1" } }, { id: { N: "2" } }];
    const result = await batchGet(db.client, things, keys);
    expect([...result.items.keys()]).toEqual(['["1"]', '["1000"]']);
    expect(result.items.get(itemKeyString(keys[0]!, ["id"]))).toEqual({ id: { N: "1" }, v: { S: "one" } });
    expect(result.missing).toEqual([{ id: { N: "2" } }]);
    expect(db.calls[0]?.input.RequestItems.things.Keys).toHaveLength(3);
  });
});
