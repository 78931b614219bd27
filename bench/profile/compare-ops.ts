// Profiling aid: the raw and dynagen columns of section 1 for one operation, taking turns over
// many short rounds (median per call), quicker and steadier than the whole section.
import { cannedClient } from "../client-cost/canned-handler.js";
import { createDynagenOperations } from "../client-cost/dynagen.js";
import { createRawOperations } from "../client-cost/raw.js";
import { timeSideBySide } from "../report/side-by-side.js";
import { operationCalls, ROW_OPERATIONS } from "../client-cost/verify.js";

const { handler, client } = cannedClient();
const raw = operationCalls(createRawOperations(client));
const dynagen = operationCalls(createDynagenOperations(client));
const chosen = process.argv.slice(2);
for (const operation of chosen.length > 0 ? chosen : ROW_OPERATIONS) {
  const name = operation as keyof typeof raw;
  const iterations = name === "query" ? 12 : 50;
  const { medianNs, ratio } = await timeSideBySide([{ name: "raw", run: raw[name] }, { name: "dynagen", run: dynagen[name] }], { warmupRounds: 5, rounds: 25, iterations });
  const r = medianNs.get("raw")!;
  const d = medianNs.get("dynagen")!;
  console.log(`${name.padEnd(11)} raw ${(r / 1000).toFixed(1).padStart(7)} µs  dynagen ${(d / 1000).toFixed(1).padStart(7)} µs  ${ratio.get("dynagen")!.toFixed(2)}x`);
}
