import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

/**
 * DynamoDB Local keeps tables apart per access key and region, so every test client uses this
 * one fixed pair (see shared NOTES).
 */
export const LOCAL_CREDENTIALS = { accessKeyId: "dynagen", secretAccessKey: "dynagen" } as const;
export const LOCAL_REGION = "us-east-1";

/** The endpoint of the DynamoDB Local this test run started. */
export function localEndpoint(): string {
  return inject("dynamoEndpoint");
}

/** A plain SDK client pointed at this run's DynamoDB Local. */
export function localClient(config: DynamoDBClientConfig = {}): DynamoDBClient {
  return new DynamoDBClient({ endpoint: localEndpoint(), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, ...config });
}

/** A table name no other test uses, so test files can run in parallel against one database. */
export function uniqueTableName(prefix = "t"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
