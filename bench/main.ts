import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runBatchWriter } from "./batch-writer/run.js";
import { createDocumentClientOperations } from "./client-cost/document-client.js";
import { createDynagenOperations } from "./client-cost/dynagen.js";
import { createElectroOperations } from "./client-cost/electrodb.js";
import type { ClientColumn } from "./client-cost/operations.js";
import { createRawOperations } from "./client-cost/raw.js";
import { runClientCost } from "./client-cost/run.js";
import { createToolboxOperations } from "./client-cost/toolbox.js";
import { runGeneratorSpeed } from "./generator-speed/run.js";
import { staleBenchGeneratedWarning } from "./report/dynagen-cli.js";
import { machineHeader } from "./report/machine.js";
import { runTypeCheck } from "./type-check/run.js";

/**
 * Section 1's columns; the first is the baseline of the ratios. A column whose library part is
 * not built yet takes `create: undefined` and prints as n/a.
 */
const CLIENT_COLUMNS: readonly ClientColumn[] = [
  { name: "raw client", create: createRawOperations },
  { name: "dynagen", create: createDynagenOperations },
  { name: "lib-dynamodb", create: createDocumentClientOperations },
  { name: "ElectroDB", create: createElectroOperations },
  { name: "dynamodb-toolbox", create: createToolboxOperations },
];

const SECTIONS: readonly (() => Promise<string> | string)[] = [
  () => runClientCost(CLIENT_COLUMNS),
  () => inFreshProcess("./marshalling/main.js"),
  () => runTypeCheck({ compared: 2, peers: 1 }),
  () => runGeneratorSpeed(3),
  () => runBatchWriter({ warmupRounds: 1, rounds: 5 }),
];

/**
 * Runs a section's own entry point in a new node process and returns the table it prints: for
 * timings of a few hundred nanoseconds, which the JIT state left by other sections would skew.
 */
function inFreshProcess(entry: string): string {
  const script = fileURLToPath(new URL(entry, import.meta.url));
  const result = spawnSync(process.execPath, [script], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`${entry} exited with ${result.status ?? result.signal}`);
  return result.stdout.trimEnd();
}

/** `npm run bench` runs every section; `npm run bench -- 2 4` only sections 2 and 4. */
function chosenSections(args: readonly string[]): (() => Promise<string> | string)[] {
  if (args.length === 0) return [...SECTIONS];
  return args.map((arg) => {
    const section = SECTIONS[Number(arg) - 1];
    if (!section) throw new Error(`no bench section "${arg}" (there are ${SECTIONS.length})`);
    return section;
  });
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  console.log(machineHeader("npm run bench"));
  const warning = staleBenchGeneratedWarning();
  if (warning) console.log(warning);
  for (const section of sections) {
    const start = Date.now();
    const table = await section();
    console.log(`\n${table}\n(section took ${((Date.now() - start) / 1000).toFixed(1)} s)`);
  }
}

await main();
