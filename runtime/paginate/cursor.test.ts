import { describe, expect, it } from "vitest";
import { CursorError } from "../errors/index.js";
import { decodeCursor, encodeCursor, type CursorScope } from "./cursor.js";

const table: CursorScope = { index: "", keyAttributes: ["pk", "sk"] };
const gsi1: CursorScope = { index: "gsi1", keyAttributes: ["pk", "sk", "gsi1pk", "gsi1sk"] };
const key = { pk: { S: "CUSTOMER#c1" }, sk: { S: "ORDER#2026#o1" } };

function rewrite(cursor: string, change: (payload: { i: string; k: Record<string, unknown>; c: string }) => void): string {
  const payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  change(payload);
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

describe("cursors", () => {
  it("round-trips string, number and binary keys", () => {
    const scope: CursorScope = { index: "byRank", keyAttributes: ["pk", "rank", "blob"] };
    const start = { pk: { S: "p" }, rank: { N: "-12.5" }, blob: { B: new Uint8Array([0, 1, 255]) } };
    const cursor = encodeCursor(start, scope);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, scope)).toEqual(start);
  });

  it("rejects a cursor from another index", () => {
    const cursor = encodeCursor({ ...key, gsi1pk: { S: "EMAIL#a" }, gsi1sk: { S: "CUSTOMER" } }, gsi1);
    expect(() => decodeCursor(cursor, table)).toThrow(CursorError);
    expect(() => decodeCursor(encodeCursor(key, table), gsi1)).toThrow(/belongs to the table/);
  });

  it("rejects a tampered value", () => {
    const cursor = rewrite(encodeCursor(key, table), (p) => { p.k.sk = { S: "ORDER#2027" }; });
    expect(() => decodeCursor(cursor, table)).toThrow(/altered/);
  });

  it("rejects wrong key attribute names, types and shapes", () => {
    const base = encodeCursor(key, table);
    const cases = [
      rewrite(base, (p) => { p.k = { pk: { S: "a" } }; }),
      rewrite(base, (p) => { p.k.extra = { S: "a" }; }),
      rewrite(base, (p) => { p.k.sk = { M: {} }; }),
      rewrite(base, (p) => { p.k.sk = { N: "12abc" }; }),
      rewrite(base, (p) => { p.k.sk = { S: "x", N: "1" }; }),
      rewrite(base, (p) => { p.i = "gsi1"; }),
      Buffer.from("[1,2,3]").toString("base64url"),
      Buffer.from("not json").toString("base64url"),
      "not a cursor!",
      "",
      "A".repeat(5000),
    ];
    for (const cursor of cases) expect(() => decodeCursor(cursor, table), cursor).toThrow(CursorError);
  });

  it("with a secret, a cursor signed with another secret is rejected", () => {
    const cursor = encodeCursor(key, { ...table, secret: "one" });
    expect(decodeCursor(cursor, { ...table, secret: "one" })).toEqual(key);
    expect(() => decodeCursor(cursor, { ...table, secret: "two" })).toThrow(CursorError);
    expect(() => decodeCursor(cursor, table)).toThrow(CursorError);
  });

  it("resumes only the read it came from: another partition's query or a scan is a CursorError", () => {
    const c1 = { ...table, read: 'query\n#n0 = :v0\n[["#n0","pk"],[":v0",{"S":"CUSTOMER#c1"}]]' };
    const c2 = { ...table, read: 'query\n#n0 = :v0\n[["#n0","pk"],[":v0",{"S":"CUSTOMER#c2"}]]' };
    const cursor = encodeCursor(key, c1);
    expect(decodeCursor(cursor, c1)).toEqual(key);
    expect(() => decodeCursor(cursor, c2)).toThrow(/another read of this index/);
    expect(() => decodeCursor(cursor, { ...table, read: "scan" })).toThrow(CursorError);
    expect(() => decodeCursor(encodeCursor(key, table), c1)).toThrow(CursorError);
    expect(() => decodeCursor(rewrite(cursor, (p) => { (p as { r?: string }).r = "x"; }), c1)).toThrow(CursorError);
  });

  it("refuses to encode a key without exactly the scope's attributes", () => {
    expect(() => encodeCursor({ pk: { S: "a" } }, table)).toThrow(CursorError);
    expect(() => encodeCursor({ ...key, other: { S: "b" } }, table)).toThrow(CursorError);
  });
});
