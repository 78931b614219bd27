// Offline: an update of a sparse index writes or removes both of its keys, never one (exact params()).
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { createSparseIndexUpdate } from "../golden/sparse-index-update/expected/index.js";

const tasks = createSparseIndexUpdate({ client: new DynamoDBClient({ region: "us-east-1" }), tableName: "tasks-test" });
const key = { listId: "l1", taskId: "t1" };
const dueAt = "2026-01-01T00:00:00.000Z";

describe("update params on a sparse index", () => {
  it("setting the optional slot writes both keys of the index", () => {
    const p = tasks.task.update(key, { set: { assignee: "u1", status: "todo", dueAt } }).params();
    expect(p.UpdateExpression).toBe("SET #n1 = :v0, #n2 = :v1, #n3 = :v2, #n4 = :v3, #n5 = :v4");
    expect(p.ExpressionAttributeNames).toEqual({ "#n0": "pk", "#n1": "assignee", "#n2": "status", "#n3": "dueAt", "#n4": "gsi1pk", "#n5": "gsi1sk" });
    expect(p.ExpressionAttributeValues).toEqual({ ":v0": { S: "u1" }, ":v1": { S: "todo" }, ":v2": { S: dueAt }, ":v3": { S: "USER#u1" }, ":v4": { S: `todo#${dueAt}` } });
  });

  it("setting one slot without the others of the index is rejected before sending", () => {
    expect(() => tasks.task.update(key, { set: { assignee: "u1" } }).params()).toThrow(
      expect.objectContaining({ code: "validation.indexKeySlot", path: "status", message: "status: changing assignee rewrites key gsi1pk, which also needs status: set it in the update" }),
    );
    // The item may have no assignee: its sort key alone must not be written either.
    expect(() => tasks.task.update(key, { set: { status: "done" } }).params()).toThrow(expect.objectContaining({ code: "validation.indexKeySlot", path: "assignee" }));
  });

  it("removing the optional slot removes both keys of the index", () => {
    const p = tasks.task.update(key, { remove: ["assignee"] }).params();
    expect(p.UpdateExpression).toBe("REMOVE #n1, #n2, #n3");
    expect(p.ExpressionAttributeNames).toEqual({ "#n0": "pk", "#n1": "assignee", "#n2": "gsi1pk", "#n3": "gsi1sk" });
    const q = tasks.task.update(key, { set: { title: "x" }, remove: ["flaggedAt"] }).params();
    expect(q.UpdateExpression).toBe("SET #n1 = :v0 REMOVE #n2, #n3, #n4");
    expect(q.ExpressionAttributeNames).toMatchObject({ "#n2": "flaggedAt", "#n3": "gsi2pk", "#n4": "gsi2sk" });
  });

  it("a slot-less key is written with its partner, and only then", () => {
    const p = tasks.task.update(key, { set: { flaggedAt: dueAt } }).params();
    expect(p.UpdateExpression).toBe("SET #n1 = :v0, #n2 = :v1, #n3 = :v2");
    expect(p.ExpressionAttributeNames).toEqual({ "#n0": "pk", "#n1": "flaggedAt", "#n2": "gsi2pk", "#n3": "gsi2sk" });
    expect(p.ExpressionAttributeValues).toEqual({ ":v0": { S: dueAt }, ":v1": { S: "FLAGGED" }, ":v2": { S: `${dueAt}#t1` } });
    expect(tasks.task.update(key, { set: { title: "x" } }).params().UpdateExpression).toBe("SET #n1 = :v0");
  });
});
