import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import { entryId } from "./write-request.js";

const target = { tableName: "shop", keyAttributes: ["pk", "sk"] };

describe("entryId", () => {
  it("is the same for the same table and key, whatever the other attributes", () => {
    expect(entryId(target, { pk: { S: "A" }, sk: { S: "B" }, x: { N: "1" } })).toBe(entryId(target, { sk: { S: "B" }, pk: { S: "A" } }));
  });

  it("keeps keys apart when their texts would join the same way", () => {
    const ids = new Set([
      entryId(target, { pk: { S: "A:" }, sk: { S: "B" } }),
      entryId(target, { pk: { S: "A" }, sk: { S: ":B" } }),
      entryId(target, { pk: { S: "AS1:B" }, sk: { S: "" } }),
      entryId(target, { pk: { S: "A" }, sk: { S: "S1:B" } }),
      entryId(target, { pk: { S: "1" }, sk: { S: "B" } }),
      entryId(target, { pk: { N: "1" }, sk: { S: "B" } }),
      entryId({ ...target, tableName: "shop2" }, { pk: { S: "1" }, sk: { S: "B" } }),
      entryId({ ...target, tableName: "sho" }, { pk: { S: "p1" }, sk: { S: "B" } }),
    ]);
    expect(ids.size).toBe(8);
  });

  it("keeps a string apart from a number or binary value of the same text, control characters included", () => {
    const base64 = Buffer.from([1, 2]).toString("base64");
    const values = [{ S: "1" }, { N: "1" }, { S: "\u00011" }, { S: "\u0000\u00011" }, { S: "" }, { S: "\u0000" }, { S: "\u0002" + base64 }, { B: new Uint8Array([1, 2]) }, { S: base64 }];
    const partitionOnly = { tableName: "shop", keyAttributes: ["pk"] };
    expect(new Set(values.map((pk) => entryId(partitionOnly, { pk }))).size).toBe(values.length);
    expect(new Set(values.map((sk) => entryId(target, { pk: { S: "A" }, sk }))).size).toBe(values.length);
    expect(new Set(values.map((pk) => entryId(target, { pk, sk: { S: "B" } }))).size).toBe(values.length);
  });

  it("keeps the same key in two tables apart, whatever the table names", () => {
    const partitionOnly = (tableName: string) => ({ tableName, keyAttributes: ["pk"] });
    expect(entryId(partitionOnly("ab"), { pk: { S: "c" } })).not.toBe(entryId(partitionOnly("a"), { pk: { S: "bc" } }));
    expect(entryId(partitionOnly("a1"), { pk: { S: "x" } })).not.toBe(entryId(partitionOnly("a"), { pk: { S: "1x" } }));
  });

  it("reads binary key values", () => {
    const one = entryId(target, { pk: { B: new Uint8Array([1, 2]) }, sk: { S: "x" } });
    expect(one).toBe(entryId(target, { pk: { B: new Uint8Array([1, 2]) }, sk: { S: "x" } }));
    expect(one).not.toBe(entryId(target, { pk: { B: new Uint8Array([1, 3]) }, sk: { S: "x" } }));
  });

  it("rejects an item without its key", () => {
    expect(() => entryId(target, { pk: { S: "A" } })).toThrow(ValidationError);
  });
});
