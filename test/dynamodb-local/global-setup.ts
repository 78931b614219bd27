import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "./dynamodb-local.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` of the DynamoDB Local started for this run. */
    dynamoEndpoint: string;
  }
}

/** Starts one DynamoDB Local (in memory, free port) for the whole test run and stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", db.endpoint);
  return () => db.stop();
}
