// Profiling aid (not a benchmark section): runs one section-1 operation of one column in a loop,
// so `node --cpu-prof dist/bench/profile/client-ops.js dynagen ship 5000` shows where its time goes.
import { cannedClient } from "../client-cost/canned-handler.js";
import { createDynagenOperations } from "../client-cost/dynagen.js";
import { createRawOperations } from "../client-cost/raw.js";
import { operationCalls, type OperationName } from "../client-cost/verify.js";

const [column = "dynagen", operation = "ship", count = "3000"] = process.argv.slice(2);
const { handler, client } = cannedClient();
const ops = column === "raw" ? createRawOperations(client) : createDynagenOperations(client);
const call = operationCalls(ops)[operation as OperationName];
const n = Number(count);
for (let i = 0; i < n / 4; i++) await call();
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) await call();
const ns = Number(process.hrtime.bigint() - start) / n;
console.log(`${column} ${operation}: ${(ns / 1000).toFixed(1)} µs per call`);
