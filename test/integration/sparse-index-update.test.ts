// Connected: an update that fills a sparse index's optional slot puts the item into the index,
// and removing the slot takes it out with both keys gone.
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";
import { createSparseIndexUpdate } from "../golden/sparse-index-update/expected/index.js";

const client = localClient();
const tableName = uniqueTableName("sparseupd");
const tasks = createSparseIndexUpdate({ client, tableName });
const key = { listId: "l1", taskId: "t1" };
const dueAt = "2026-03-01T00:00:00.000Z";

beforeAll(async () => {
  await tasks.table.create();
  await tasks.task.create({ ...key, status: "todo", dueAt, title: "Write report" });
});
afterAll(() => tasks.table.delete());

const assigned = async (assignee: string) => (await tasks.task.query.byAssignee({ assignee })).items.map((t) => t.taskId);
const rawKeys = async () => {
  const raw = await client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: "LIST#l1" }, sk: { S: "TASK#t1" } } }));
  return Object.keys(raw.Item ?? {}).filter((name) => /^gsi/.test(name)).sort();
};

describe("sparse index on update", () => {
  it("an item created without the optional slot enters the index when an update sets it", async () => {
    expect(await rawKeys()).toEqual([]);
    await tasks.task.update(key, { set: { assignee: "ann", status: "todo", dueAt } });
    expect(await assigned("ann")).toEqual(["t1"]);
    expect(await rawKeys()).toEqual(["gsi1pk", "gsi1sk"]);
  });

  it("removing the optional slot removes both keys, so the item leaves the index", async () => {
    await tasks.task.update(key, { remove: ["assignee"] });
    expect(await assigned("ann")).toEqual([]);
    expect(await rawKeys()).toEqual([]);
  });

  it("a slot-less partition is written with its sort key", async () => {
    await tasks.task.update(key, { set: { flaggedAt: dueAt } });
    expect((await tasks.task.query.flagged({})).items.map((t) => t.taskId)).toEqual(["t1"]);
    expect(await rawKeys()).toEqual(["gsi2pk", "gsi2sk"]);
  });
});
