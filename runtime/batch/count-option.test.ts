import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import { batchGet } from "./batch-get.js";
import { BatchWriter } from "./batch-writer.js";
import { fakeDynamo } from "./test-fake-dynamo.js";

// Values that once made a loop bounded by them stall forever (Math.max(1, NaN) is NaN).
const bad = [Number.NaN, 0, -1, 2.5, Number.POSITIVE_INFINITY, "4" as unknown as number];

describe("count options of the batch writer and batchGet", () => {
  it("BatchWriter rejects maxInFlight, maxBuffered and maxAttempts that are not whole numbers of at least 1, naming option and value", () => {
    const { client } = fakeDynamo(() => ({ body: { UnprocessedItems: {} } }));
    for (const option of ["maxInFlight", "maxBuffered", "maxAttempts"]) {
      for (const value of bad) {
        const make = () => new BatchWriter(client, { [option]: value });
        expect(make, `${option}: ${String(value)}`).toThrow(ValidationError);
        expect(make).toThrow(`${option} must be a whole number of at least 1, got ${typeof value === "string" ? '"4"' : String(value)}`);
      }
    }
  });

  it("batchGet rejects such maxInFlight and maxAttempts before sending anything", async () => {
    const db = fakeDynamo(() => ({ body: { Responses: {} } }));
    for (const option of ["maxInFlight", "maxAttempts"]) {
      for (const value of bad) {
        const error = await batchGet(db.client, { tableName: "t", keyAttributes: ["id"] }, [{ id: { S: "a" } }], { [option]: value }).then(() => undefined, (e: unknown) => e);
        expect(error, `${option}: ${String(value)}`).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).message).toContain(option);
        expect((error as ValidationError).code).toBe("validation.option");
      }
    }
    expect(db.calls).toHaveLength(0);
  });

  it("accepts whole numbers of at least 1, and no value (the defaults)", async () => {
    const db = fakeDynamo(() => ({ body: { UnprocessedItems: {} } }));
    const writer = new BatchWriter(db.client, { maxInFlight: 1, maxBuffered: 1, maxAttempts: 1 });
    await writer.put({ tableName: "t", keyAttributes: ["id"] }, { id: { S: "a" } });
    await writer.close();
    expect(db.calls).toHaveLength(1);
    expect(() => new BatchWriter(db.client, { maxInFlight: undefined })).not.toThrow();
  });
});
