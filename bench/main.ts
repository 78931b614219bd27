import { loadGeneratedBench, loadGeneratedOrderMarshaller } from "./dynagen/generated-bench.js";
import { runMarshalling } from "./marshalling/run.js";
import { createDynagenOperations } from "./client-cost/dynagen.js";
import { createDocumentClientOperations } from "./client-cost/document-client.js";
import { createElectroOperations } from "./client-cost/electrodb.js";
import type { ClientColumn } from "./client-cost/operations.js";
import { createRawOperations } from "./client-cost/raw.js";
import { runClientCost } from "./client-cost/run.js";
import { createToolboxOperations } from "./client-cost/toolbox.js";
import { machineHeader } from "./report/machine.js";

const ROUNDS = { warmupRounds: 3, rounds: 7 };

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

async function main(): Promise<void> {
  console.log(machineHeader("npm run bench"));
  console.log();
  console.log(await runClientCost(await clientColumns(), ROUNDS));
  console.log();
  console.log(runMarshalling(await loadGeneratedOrderMarshaller(), ROUNDS));
}

await main();
