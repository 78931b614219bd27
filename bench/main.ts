import { runBatchWriter } from "./batch-writer/run.js";
import { createDocumentClientOperations } from "./client-cost/document-client.js";
import { createDynagenOperations } from "./client-cost/dynagen.js";
import { createElectroOperations } from "./client-cost/electrodb.js";
import type { ClientColumn } from "./client-cost/operations.js";
import { createRawOperations } from "./client-cost/raw.js";
import { runClientCost } from "./client-cost/run.js";
import { createToolboxOperations } from "./client-cost/toolbox.js";
import { loadGeneratedBench, loadGeneratedOrderMarshaller } from "./dynagen/generated-bench.js";
import { runGeneratorSpeed } from "./generator-speed/run.js";
import { runMarshalling } from "./marshalling/run.js";
import { staleBenchGeneratedWarning } from "./report/dynagen-cli.js";
import { machineHeader } from "./report/machine.js";
import { runTypeCheck } from "./type-check/run.js";

/** Warm-up rounds thrown away, then the median of `rounds`, in every timed section. */
const ROUNDS = { warmupRounds: 3, rounds: 7 };

/** Section 1's columns; the first is the baseline of the ratios. */
async function clientColumns(): Promise<ClientColumn[]> {
  const generated = await loadGeneratedBench();
  return [
    { name: "raw client", create: createRawOperations },
    { name: "dynagen", create: generated && ((client) => createDynagenOperations(generated, client)) },
    { name: "lib-dynamodb", create: createDocumentClientOperations },
    { name: "ElectroDB", create: createElectroOperations },
    { name: "dynamodb-toolbox", create: createToolboxOperations },
  ];
}

const SECTIONS: readonly (() => Promise<string> | string)[] = [
  async () => runClientCost(await clientColumns(), ROUNDS),
  async () => runMarshalling(await loadGeneratedOrderMarshaller(), ROUNDS),
  () => runTypeCheck({ compared: 3, peers: 1 }),
  () => runGeneratorSpeed(5),
  () => runBatchWriter({ warmupRounds: 1, rounds: 3 }),
];

async function main(): Promise<void> {
  console.log(machineHeader("npm run bench"));
  const warning = staleBenchGeneratedWarning();
  if (warning) console.log(warning);
  for (const section of SECTIONS) {
    const start = Date.now();
    const table = await section();
    console.log(`\n${table}\n(section took ${((Date.now() - start) / 1000).toFixed(1)} s)`);
  }
}

await main();
