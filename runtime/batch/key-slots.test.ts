import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import { KeySlots } from "./key-slots.js";

const shop = { tableName: "shop", keyAttributes: ["pk", "sk"] };
const things = { tableName: "things", keyAttributes: ["id"] };

describe("KeySlots", () => {
  it("gives one slot per table and key, whatever the other attributes or the key strings' identity", () => {
    const slots = new KeySlots();
    const one = slots.slot(shop, { pk: { S: "C#1" }, sk: { S: "O#" + "1" }, x: { N: "1" } });
    expect(slots.slot(shop, { sk: { S: "O#1" }, pk: { S: ["C", "1"].join("#") } })).toBe(one);
    expect(slots.slot(shop, { pk: { S: "C#1" }, sk: { S: "O#2" } })).not.toBe(one);
    expect(slots.slot({ ...shop, tableName: "shop2" }, { pk: { S: "C#1" }, sk: { S: "O#1" } })).not.toBe(one);
    expect(slots.slot(things, { id: { S: "C#1" } })).not.toBe(one);
    expect(slots.size).toBe(4);
  });

  it("keeps a string key apart from a number or binary key of the same text", () => {
    const slots = new KeySlots();
    const values = [{ S: "1" }, { N: "1" }, { S: "\u00011" }, { S: "" }, { S: "\u0000" }, { B: new Uint8Array([1, 2]) }, { S: Buffer.from([1, 2]).toString("base64") }];
    expect(new Set(values.map((id) => slots.slot(things, { id }))).size).toBe(values.length);
    expect(new Set(values.map((sk) => slots.slot(shop, { pk: { S: "A" }, sk }))).size).toBe(values.length);
  });

  it("forgets released keys, and a partition once its last sort key is released", () => {
    const slots = new KeySlots();
    const a = slots.slot(shop, { pk: { S: "P" }, sk: { S: "a" } });
    const b = slots.slot(shop, { pk: { S: "P" }, sk: { S: "b" } });
    const c = slots.slot(things, { id: { S: "c" } });
    slots.release(a);
    expect(slots.size).toBe(2);
    expect(slots.slot(shop, { pk: { S: "P" }, sk: { S: "a" } })).not.toBe(a); // a fresh slot
    slots.release(slots.slot(shop, { pk: { S: "P" }, sk: { S: "a" } }));
    slots.release(b);
    slots.release(c);
    expect(slots.size).toBe(0);
    slots.release(b); // twice: nothing happens
    expect(slots.size).toBe(0);
  });

  it("rejects an item without its key, holding nothing for it", () => {
    const slots = new KeySlots();
    expect(() => slots.slot(shop, { pk: { S: "A" } })).toThrow(ValidationError);
    expect(() => slots.slot(things, { id: { BOOL: true } })).toThrow(ValidationError);
    expect(slots.size).toBe(0);
  });
});
