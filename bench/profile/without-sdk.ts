// Profiling aid: section 1's operations with the SDK taken out. Both columns get a client whose
// `send` resolves at once with the parsed canned answer, so what is left is each column's own
// work per call: building the command, dynagen's checks and bookkeeping, reading the answer.
// `node dist/bench/profile/without-sdk.js` prints both columns' median CPU time per operation.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { cannedResponses } from "../client-cost/canned-responses.js";
import { createDynagenOperations } from "../client-cost/dynagen.js";
import { createRawOperations } from "../client-cost/raw.js";
import { ROW_OPERATIONS, operationCalls } from "../client-cost/verify.js";
import { timeSideBySide } from "../report/side-by-side.js";

const answers = new Map([...cannedResponses()].map(([operation, body]) => [operation, JSON.parse(body.toString("utf8")) as unknown]));
const client = {
  send(command: object) {
    const operation = command.constructor.name.replace(/Command$/, "");
    const answer = answers.get(operation);
    return answer === undefined ? Promise.reject(new Error(`no canned answer for ${operation}`)) : Promise.resolve(answer);
  },
} as unknown as DynamoDBClient;
const columns = { raw: operationCalls(createRawOperations(client)), dynagen: operationCalls(createDynagenOperations(client)) };
const CALLS = { put: 4000, get: 4000, ship: 4000, query: 200, batchWrite: 1000 };

for (const operation of ROW_OPERATIONS) {
  const contenders = [
    { name: "raw", run: columns.raw[operation] },
    { name: "dynagen", run: columns.dynagen[operation] },
  ];
  const { medianNs } = await timeSideBySide(contenders, { warmupRounds: 10, rounds: 20, iterations: CALLS[operation] });
  const raw = medianNs.get("raw")! / 1000;
  const dynagen = medianNs.get("dynagen")! / 1000;
  console.log(`${operation.padEnd(10)} raw ${raw.toFixed(2)} µs  dynagen ${dynagen.toFixed(2)} µs  (${(dynagen - raw >= 0 ? "+" : "") + (dynagen - raw).toFixed(2)} µs)`);
}
