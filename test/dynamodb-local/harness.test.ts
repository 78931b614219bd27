import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { localClient, localEndpoint } from "./client.js";

describe("DynamoDB Local harness", () => {
  it("hands tests the endpoint of a running, empty-or-usable database", async () => {
    expect(localEndpoint()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const out = await localClient().send(new ListTablesCommand({}));
    expect(Array.isArray(out.TableNames)).toBe(true);
  });
});
