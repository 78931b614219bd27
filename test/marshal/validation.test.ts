import { describe, expect, test } from "vitest";
import { NumberValue } from "dynagen/runtime";
import * as shop from "../../generated/shop/index.js";
import * as ledger from "../golden/json-precise-binary/expected/index.js";
import * as catalog from "../golden/sets/expected/index.js";
import * as docs from "../golden/nested-maps/expected/index.js";
import * as people from "../golden/basic-entity/expected/index.js";
import * as scores from "../golden/integer-slots/expected/index.js";
import * as sessions from "../golden/ttl-version/expected/index.js";
import * as tickets from "../golden/secondary-indexes/expected/index.js";
import * as items from "./items.js";
import { rejection } from "./rejection.js";


// Untyped callers: values the types forbid, as JavaScript code without types can pass them.
const loose = <T>(item: T, patch: Record<string, unknown>): T => ({ ...item, ...patch }) as T;
const person = (): people.Person => ({ personId: "p1", name: "Ann", email: "a@b.c", age: 30, active: true, role: "member" });

describe("validation before sending: one code and path per rule", () => {
  test("required attribute missing", () => {
    expect(rejection(() => shop.marshalCustomer(loose(items.customer(), { name: undefined })))).toEqual(["validation.required", "name"]);
    expect(rejection(() => shop.marshalCustomer(loose(items.customer(), { email: null })))).toEqual(["validation.required", "email"]);
  });

  test("every attribute: missing and null are `required` exactly when the attribute is, any other wrong value is not", () => {
    // The marshallers tell a missing value apart inside the type check (one test when the value is
    // fine): each attribute of each sample item, removed, set to null and set to a symbol.
    const cases: [string, () => object, (item: never) => unknown][] = [
      ["customer", items.customer, shop.marshalCustomer],
      ["order", items.order, shop.marshalOrder],
      ["orderLine", items.orderLine, shop.marshalOrderLine],
      ["product", items.product, shop.marshalProduct],
      ["cart", items.cart, shop.marshalCart],
      ["entry", items.entry, ledger.marshalEntry],
      ["setsItem", items.setsItem, catalog.marshalItem],
      ["invoice", items.invoice, docs.marshalInvoice],
      ["session", items.session, sessions.marshalSession],
      ["score", items.score, scores.marshalScore],
    ];
    let required = 0;
    let optional = 0;
    for (const [label, sample, marshal] of cases) {
      const run = (patch: Record<string, unknown>) => () => marshal(loose(sample(), patch) as never);
      for (const name of Object.keys(sample())) {
        let isRequired = true;
        try {
          run({ [name]: undefined })();
          isRequired = false;
        } catch (error) {
          expect([label, rejection(() => { throw error; })]).toEqual([label, ["validation.required", name]]);
        }
        if (isRequired) {
          required++;
          if (name !== "metadata") expect([label, rejection(run({ [name]: null }))]).toEqual([label, ["validation.required", name]]); // json: null is a value
        } else {
          optional++;
          expect(() => run({ [name]: null })()).not.toThrow();
        }
        const [code, path] = rejection(run({ [name]: Symbol("wrong") }));
        expect([label, name, code === "validation.required", path]).toEqual([label, name, false, name]);
      }
    }
    expect(required).toBeGreaterThan(30);
    expect(optional).toBeGreaterThan(5);
  });

  test("required attribute missing inside a list of maps", () => {
    const invoice = items.invoice();
    (invoice.lines[1] as unknown as Record<string, unknown>).qty = undefined;
    expect(rejection(() => docs.marshalInvoice(invoice))).toEqual(["validation.required", "lines[1].qty"]);
  });

  test("wrong JavaScript type", () => {
    expect(rejection(() => people.marshalPerson(loose(person(), { name: 5 })))).toEqual(["validation.type", "name"]);
    expect(rejection(() => people.marshalPerson(loose(person(), { active: "yes" })))).toEqual(["validation.type", "active"]);
    expect(rejection(() => shop.marshalCustomer(loose(items.customer(), { address: "Main St" })))).toEqual(["validation.type", "address"]);
    expect(rejection(() => shop.marshalProduct(loose(items.product(), { thumbnail: [1, 2] })))).toEqual(["validation.type", "thumbnail"]);
    expect(rejection(() => shop.marshalOrder(loose(items.order(), { total: 12 })))).toEqual(["validation.type", "total"]);
    expect(rejection(() => shop.marshalOrder(loose(items.order(), { notes: "x" })))).toEqual(["validation.type", "notes"]);
    expect(rejection(() => shop.marshalOrder(loose(items.order(), { tags: ["a"] })))).toEqual(["validation.type", "tags"]);
  });

  test("a wrong type deep in nested lists and maps names the full path", () => {
    const invoice = loose(items.invoice(), { matrix: [[1], [2, "3"]] });
    expect(rejection(() => docs.marshalInvoice(invoice))).toEqual(["validation.type", "matrix[1][1]"]);
    const nested = items.invoice();
    (nested.billing.address!.geo as unknown as Record<string, unknown>).lat = "north";
    expect(rejection(() => docs.marshalInvoice(nested))).toEqual(["validation.type", "billing.address.geo.lat"]);
  });

  test("enum value not in the list", () => {
    expect(rejection(() => shop.marshalCustomer(loose(items.customer(), { tier: "gold" })))).toEqual(["validation.enum", "tier"]);
    expect(rejection(() => docs.marshalInvoice(loose(items.invoice(), { flags: ["urgent", "late"] })))).toEqual(["validation.enum", "flags[1]"]);
  });

  test("NaN and Infinity", () => {
    expect(rejection(() => shop.marshalOrderLine({ ...items.orderLine(), unitPrice: Number.NaN }))).toEqual(["validation.number", "unitPrice"]);
    expect(rejection(() => shop.marshalOrderLine({ ...items.orderLine(), unitPrice: Number.POSITIVE_INFINITY }))).toEqual(["validation.number", "unitPrice"]);
  });

  test("integer", () => {
    expect(rejection(() => shop.marshalCustomer({ ...items.customer(), points: 1.5 }))).toEqual(["validation.integer", "points"]);
    expect(rejection(() => shop.marshalCart({ ...items.cart(), expiresAt: 1.5 }))).toEqual(["validation.integer", "expiresAt"]);
  });

  test("min and max", () => {
    expect(rejection(() => people.marshalPerson({ ...person(), age: -1 }))).toEqual(["validation.min", "age"]);
    expect(rejection(() => people.marshalPerson({ ...person(), age: 151 }))).toEqual(["validation.max", "age"]);
    expect(rejection(() => sessions.marshalSession({ ...items.session(), expiresAt: -5 }))).toEqual(["validation.min", "expiresAt"]);
  });

  test("minLength and maxLength (strings, binary, lists, sets)", () => {
    expect(rejection(() => people.marshalPerson({ ...person(), name: "" }))).toEqual(["validation.minLength", "name"]);
    expect(rejection(() => people.marshalPerson({ ...person(), name: "x".repeat(101) }))).toEqual(["validation.maxLength", "name"]);
    expect(rejection(() => ledger.marshalEntry({ ...items.entry(), signature: new Uint8Array(1025) }))).toEqual(["validation.maxLength", "signature"]);
    expect(rejection(() => docs.marshalInvoice({ ...items.invoice(), lines: [] }))).toEqual(["validation.minLength", "lines"]);
    const colors = new Set(Array.from({ length: 11 }, (_, i) => `c${i}`));
    expect(rejection(() => catalog.marshalItem({ ...items.setsItem(), colors }))).toEqual(["validation.maxLength", "colors"]);
  });

  test("pattern (compiled once at module level)", () => {
    expect(rejection(() => people.marshalPerson({ ...person(), email: "nobody" }))).toEqual(["validation.pattern", "email"]);
    expect(rejection(() => shop.marshalCustomer({ ...items.customer(), email: "a b@c" }))).toEqual(["validation.pattern", "email"]);
  });

  test("datetime must be ISO-8601", () => {
    expect(rejection(() => shop.marshalOrder({ ...items.order(), placedAt: "yesterday" }))).toEqual(["validation.datetime", "placedAt"]);
  });

  test("empty strings in key slots", () => {
    expect(rejection(() => shop.marshalCustomer({ ...items.customer(), customerId: "" }))).toEqual(["validation.emptyKey", "customerId"]);
    expect(rejection(() => shop.customerKey({ customerId: "" }))).toEqual(["validation.emptyKey", "customerId"]);
    expect(rejection(() => shop.customerByEmailKey({ email: "" }))).toEqual(["validation.emptyKey", "email"]);
  });

  test("integer key slots: negative or too wide", () => {
    expect(rejection(() => scores.marshalScore({ ...items.score(), rank: -1 }))).toEqual(["validation.min", "rank"]);
    expect(rejection(() => scores.marshalScore({ ...items.score(), season: 10000 }))).toEqual(["validation.keyRange", "season"]);
    expect(rejection(() => scores.scoreKey({ game: "g", season: -2, rank: 1, player: "p" }))).toEqual(["validation.keyRange", "season"]);
    expect(scores.scoreKey({ game: "g", season: 26, rank: 3, player: "p" })).toEqual({ pk: "GAME#g#SEASON#0026", sk: "RANK#000003#p" });
  });

  test("a required set that is empty is rejected; an optional one is skipped", () => {
    expect(rejection(() => catalog.marshalItem({ ...items.setsItem(), tags: new Set() }))).toEqual(["validation.emptySet", "tags"]);
    expect(rejection(() => catalog.marshalItem({ ...items.setsItem(), codes: new Set() }))).toEqual(["validation.minLength", "codes"]);
    expect(catalog.marshalItem({ ...items.setsItem(), sizes: new Set() })).not.toHaveProperty("sizes");
    expect(catalog.marshalItemValue.sizes(new Set())).toBeUndefined();
  });

  test("json nested deeper than 32 levels", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 33; i++) deep = { d: deep };
    expect(rejection(() => ledger.marshalEntry({ ...items.entry(), metadata: deep }))).toEqual(["validation.depth", "metadata"]);
  });

  test("items over 400 KB", () => {
    expect(rejection(() => shop.marshalOrder({ ...items.order(), notes: ["x".repeat(300_000), "é".repeat(60_000)] }))).toEqual(["validation.itemSize", "Order"]);
  });

  test("sparse index: its keys are written only when the optional slot is present", () => {
    const ticket: tickets.Ticket = { projectId: "p", ticketId: "t", status: "open", openedAt: "2026-01-01T00:00:00Z", priority: 2 };
    const without = tickets.marshalTicket(ticket);
    expect(without).not.toHaveProperty("gsi2pk");
    expect(without).not.toHaveProperty("gsi2sk");
    const withAssignee = tickets.marshalTicket({ ...ticket, assignee: "u1" });
    expect(withAssignee.gsi2pk).toEqual({ S: "USER#u1" });
    expect(withAssignee.gsi2sk).toEqual({ S: "open#2026-01-01T00:00:00Z" });
    expect(withAssignee.lsi1sk).toEqual({ S: "P#002#t" });
  });

  test("value marshallers check like the item marshaller", () => {
    expect(shop.marshalCustomerValue.points(5)).toEqual({ N: "5" });
    expect(rejection(() => shop.marshalCustomerValue.points(-1))).toEqual(["validation.min", "points"]);
    expect(shop.marshalCustomerValue.nickname(undefined)).toBeUndefined();
    expect(shop.marshalOrderValue.total(new NumberValue("1.10"))).toEqual({ N: "1.10" });
  });

  test("defaults for create: values, now, version 1", () => {
    const created = shop.applyCustomerDefaults({ customerId: "c9", email: "z@y.x", name: "Zed" });
    expect(created).toMatchObject({ tier: "free", points: 0, marketingOptIn: false, version: 1 });
    expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(created.updatedAt).toBe(created.createdAt);
    expect(created).not.toHaveProperty("nickname");
    expect(() => shop.marshalCustomer(created)).not.toThrow();
  });
});
