import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../model/index.js";
import { loadSchema } from "./load-schema.js";

// Lines 1-3 are the table; entities start on line 4, one per line.
const TABLE = `version: 1
table: { name: app, key: { partition: pk, sort: sk } }
entities:
`;

/** One entity per line: `Name: attributes | partition | sort`. */
function problems(...entities: string[]): string[] {
  const lines = entities.map((e) => {
    const [head, partition, sort] = e.split(" | ");
    const name = head!.slice(0, head!.indexOf(": "));
    const attributes = head!.slice(name.length + 2);
    return `  ${name}: { attributes: { ${attributes} }, key: { partition: "${partition}", sort: "${sort}" } }\n`;
  });
  return loadSchema({ path: "s.yaml", text: TABLE + lines.join("") }).diagnostics.map(formatDiagnostic);
}

const CUSTOMER = "Customer: customerId: string | CUSTOMER#{customerId} | PROFILE";
const ORDER = "Order: customerId: string, orderId: string | CUSTOMER#{customerId} | ORDER#{orderId}";

describe("primary keys two entities can both render", () => {
  test("a free slot can hold another entity's literal sort key", () => {
    expect(problems(CUSTOMER, "Note: customerId: string, noteId: string | CUSTOMER#{customerId} | {noteId}")).toEqual([
      `s.yaml:5:63: error: key of Note can produce the same keys as the key of Customer: partition "CUSTOMER#x", sort "PROFILE" is Note's with customerId = "x", noteId = "PROFILE" and Customer's with customerId = "x"; add a distinct literal such as "NOTE#"`,
    ]);
  });

  test("a literal that is a prefix of another's literal, followed by a slot", () => {
    expect(problems(ORDER, "Other: a: string, b: string | CUSTOMER#{a} | ORD{b}")).toEqual([
      `s.yaml:5:50: error: key of Other can produce the same keys as the key of Order: partition "CUSTOMER#x", sort "ORDER#x" is Other's with a = "x", b = "ER#x" and Order's with customerId = "x", orderId = "x"; add a distinct literal such as "OTHER#"`,
    ]);
  });

  test("the last slot is free, so it can hold the rest of a longer template", () => {
    const line = "OrderLine: orderId: string, lineNo: { type: number, integer: true } | ORDER#{orderId}#LINE#{lineNo:04} | LINE";
    expect(problems("Order: orderId: string | ORDER#{orderId} | LINE", line)).toEqual([
      `s.yaml:5:90: error: key of OrderLine can produce the same keys as the key of Order: partition "ORDER#x#LINE#0000", sort "LINE" is OrderLine's with orderId = "x", lineNo = "0000" and Order's with orderId = "x#LINE#0000"; add a distinct literal such as "ORDERLINE#"`,
    ]);
  });

  test("integer, enum and datetime slots render only what they can hold", () => {
    expect(problems("Rank: n: { type: number, integer: true } | R | RANK#{n:04}", "Top: t: string | R | RANK#0042")).toEqual([
      `s.yaml:5:37: error: key of Top can produce the same keys as the key of Rank: partition "R", sort "RANK#0042" is Top's and Rank's with n = "0042"; add a distinct literal such as "TOP#"`,
    ]);
    expect(problems("Ticket: s: { type: enum, values: [open, closed] } | T | {s}", "Closed: c: string | T | closed")).toEqual([expect.stringContaining('key of Closed can produce the same keys as the key of Ticket: partition "T", sort "closed"')]);
    expect(problems("Event: at: datetime | E | AT#{at}", "First: f: string | E | AT#2024-01-01T00:00:00.5+01:00")).toEqual([expect.stringContaining('with at = "2024-01-01T00:00:00.5+01:00"')]);
    expect(problems("Event: at: datetime | E | AT#{at}", "Fixed: f: string | E | AT#2024-01-01T00:00Z")).toEqual([expect.stringContaining('with at = "2024-01-01T00:00Z"')]);
  });

  test("templates with the same literal text keep today's message", () => {
    expect(problems(CUSTOMER, "Account: accountId: string | CUSTOMER#{accountId} | PROFILE")).toEqual([
      `s.yaml:5:49: error: key of Account can produce the same keys as the key of Customer (same literal text around the slots); add a distinct literal such as "ACCOUNT#"`,
    ]);
  });
});

describe("primary keys no two entities can share", () => {
  test.each([
    ["a different literal sort key", [CUSTOMER, ORDER]],
    ["distinct literal prefixes", ["A: x: string | A#{x} | S", "B: x: string | B#{x} | S"]],
    ["a slot that cannot hold the separator after it", ["A: x: string | ORDER#{x}#X | S", "B: x: string, y: string | ORDER#{x}#X#{y} | S"]],
    ["integer slots of different widths", ["A: n: { type: number, integer: true } | P | {n:04}", "B: n: { type: number, integer: true } | P | {n:06}"]],
    ["an integer slot and letters", ["A: n: { type: number, integer: true } | P | N#{n:02}", "B: x: string | P | N#AB"]],
    ["enum values", ["A: s: { type: enum, values: [open, closed] } | P | {s}", "B: x: string | P | OPEN"]],
    ["two enums without a common value", ["A: s: { type: enum, values: [a, b] } | P | {s}", "B: s: { type: enum, values: [c, d] } | P | {s}"]],
    ["a datetime and a word", ["A: at: datetime | P | AT#{at}", "B: x: string | P | AT#LATEST"]],
    ["a datetime without its zone", ["A: at: datetime | P | AT#{at}", "B: x: string | P | AT#2024-01-01T00:00"]],
    ["a string too short for the literal", ["A: c: { type: string, maxLength: 3 } | P | {c}", "B: x: string | P | PROFILE"]],
    ["a string too long for the literal", ["A: c: { type: string, minLength: 8 } | P | {c}", "B: x: string | P | PROFILE"]],
    ["different partitions", ["A: x: string | P | {x}", "B: x: string | Q | {x}"]],
  ])("%s", (_, entities) => {
    expect(problems(...entities)).toEqual([]);
  });
});
