import { describe, expect, test } from "vitest";
import { createTableInput } from "./table-definition.js";
import { TABLE } from "./test-model.js";

describe("createTableInput", () => {
  test("declares every key attribute once as S, GSIs and LSIs projecting ALL, on demand", () => {
    expect(createTableInput(TABLE)).toEqual({
      TableName: "app",
      AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk", "lsi1sk"].map((AttributeName) => ({ AttributeName, AttributeType: "S" })),
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
      BillingMode: "PAY_PER_REQUEST",
      GlobalSecondaryIndexes: [{ IndexName: "gsi1", KeySchema: [{ AttributeName: "gsi1pk", KeyType: "HASH" }, { AttributeName: "gsi1sk", KeyType: "RANGE" }], Projection: { ProjectionType: "ALL" } }],
      LocalSecondaryIndexes: [{ IndexName: "lsi1", KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "lsi1sk", KeyType: "RANGE" }], Projection: { ProjectionType: "ALL" } }],
    });
  });

  test("a partition-only table has no RANGE key and no index lists", () => {
    const input = createTableInput({ name: "t", partitionKey: "id", indexes: [], typeAttribute: "_type" });
    expect(input.KeySchema).toEqual([{ AttributeName: "id", KeyType: "HASH" }]);
    expect(input).not.toHaveProperty("GlobalSecondaryIndexes");
    expect(input).not.toHaveProperty("LocalSecondaryIndexes");
  });
});
