// Connected: a sparse index with a slot-less partition ("ESCALATED") and a slot-first sort
// template ("{status}#{openedAt}"), on the golden case's generated code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";
import { createSecondaryIndexes } from "../golden/secondary-indexes/expected/index.js";

const tickets = createSecondaryIndexes({ client: localClient(), tableName: uniqueTableName("sparse") });
const ticket = (ticketId: string, openedAt: string, extra: { escalatedAt?: string } = {}) =>
  ({ projectId: "p1", ticketId, status: "open" as const, openedAt, assignee: "ann", priority: 1, ...extra });

beforeAll(async () => {
  await tickets.table.create();
  await tickets.ticket.create(ticket("t1", "2026-01-01T00:00:00.000Z"));
  await tickets.ticket.create(ticket("t2", "2026-02-01T00:00:00.000Z", { escalatedAt: "2026-02-02T00:00:00.000Z" }));
  await tickets.ticket.create(ticket("t3", "2026-03-01T00:00:00.000Z"));
});
afterAll(() => tickets.table.delete());

const escalated = async () => (await tickets.ticket.query.escalated({})).items.map((t) => t.ticketId);

describe("sparse index with a slot-less partition", () => {
  it("holds only items whose slot attribute is present; update moves items in and out", async () => {
    expect(await escalated()).toEqual(["t2"]);
    await tickets.ticket.update({ projectId: "p1", ticketId: "t1" }, { set: { escalatedAt: "2026-01-05T00:00:00.000Z" } });
    expect(await escalated()).toEqual(["t1", "t2"]);
    await tickets.ticket.update({ projectId: "p1", ticketId: "t2" }, { remove: ["escalatedAt"] });
    expect(await escalated()).toEqual(["t1"]);
  });

  it("lt and lte on a sort template that starts with a slot", async () => {
    const open = (sort: object) => tickets.ticket.query.byAssignee({ assignee: "ann" }, { sort } as never).all();
    const ids = async (items: AsyncIterable<{ ticketId: string }>) => { const out: string[] = []; for await (const t of items) out.push(t.ticketId); return out; };
    expect(await ids(open({ status: "open", openedAt: { lt: "2026-02-01T00:00:00.000Z" } }))).toEqual(["t1"]);
    expect(await ids(open({ status: { lte: "open" } }))).toEqual(["t1", "t2", "t3"]);
    expect(await ids(open({ status: { lt: "open" } }))).toEqual([]);
  });
});
