import { runBatchWriter } from "./batch-writer/run.js";
import { runClientCost } from "./client-cost/run.js";
import { runGeneratorSpeed } from "./generator-speed/run.js";
import { runMarshallingInFreshProcesses } from "./marshalling/run.js";
import { staleBenchGeneratedWarning } from "./report/dynagen-cli.js";
import { machineHeader } from "./report/machine.js";
import { runTypeCheck } from "./type-check/run.js";

const SECTIONS: readonly (() => Promise<string> | string)[] = [
  () => runClientCost(),
  // 5 processes: within one, dynagen's marshal speed-up held steady, between processes it moved 27-34x.
  () => runMarshallingInFreshProcesses(5),
  () => runTypeCheck({ compared: 2, peers: 1 }),
  () => runGeneratorSpeed(3),
  // 15 rounds: per-round ratios ranged 1.16-2.32x, and the median of 7 moved 1.67-1.88x between runs.
  () => runBatchWriter({ warmupRounds: 2, rounds: 15 }),
];

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
  // The SDK's notice that its 2027 releases will need Node 22 would otherwise be printed by each of
  // the dozen processes the sections start; it does not concern what is measured. Set before any
  // client exists, and inherited by those processes.
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
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
