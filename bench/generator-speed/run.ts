import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, relative } from "node:path";
import { dynagenCliBuilt, firstLine, runDynagenCli, type CliRun } from "../report/dynagen-cli.js";
import { BENCH_TMP, REPOSITORY_ROOT } from "../report/paths.js";
import { median } from "../report/side-by-side.js";
import { NOT_BUILT, durationCell, renderTable } from "../report/table.js";
import { benchEntities, TYPE_CHECK_ENTITY_COUNT } from "../type-check/model.js";
import { catalogSchemaYaml } from "../type-check/write-dynagen.js";
import { writeFolder } from "../type-check/write-files.js";

const FOLDER = join(BENCH_TMP, "generator-speed");
const TARGET = "<= 2 s";

/** Node starting and exiting with nothing to do: the floor under any CLI's wall time. */
function nodeStartup(): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ["-e", ""]);
  return Number(process.hrtime.bigint() - start);
}

/** Runs a command `runs` times; the median wall time, or the first failure. */
function medianWall(runs: number, run: () => CliRun): { ns: number } | { failure: string } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = run();
    if (result.status !== 0) return { failure: `exit ${result.status}: ${firstLine(result.output)}` };
    times.push(result.wallNs);
  }
  return { ns: median(times) };
}

/**
 * Section 4: a cold `dynagen generate` of the 200-entity schema (a new process, the output
 * folder removed first) and `generate --check` of the output it wrote, wall time of the whole
 * process, against node's own start-up.
 */
export function runGeneratorSpeed(runs: number): string {
  const schemas = join(FOLDER, "schemas");
  const out = join(FOLDER, "generated");
  writeFolder(schemas, new Map([["catalog.yaml", catalogSchemaYaml(benchEntities())]]));
  const args = ["generate", "--schemas", relative(REPOSITORY_ROOT, schemas), "--out", relative(REPOSITORY_ROOT, out)];
  const startup = median(Array.from({ length: runs }, nodeStartup));
  const rows: string[][] = [["node start-up (baseline)", durationCell(startup, startup), ""]];
  const notes: string[] = [];
  const measured = [
    { label: "generate (cold)", run: () => (rmSync(out, { recursive: true, force: true }), runDynagenCli(args)) },
    { label: "generate --check", run: () => runDynagenCli([...args, "--check"]) },
  ];
  for (const { label, run } of measured) {
    if (!dynagenCliBuilt()) {
      rows.push([label, NOT_BUILT, TARGET]);
      continue;
    }
    const result = medianWall(runs, run);
    if ("failure" in result) notes.push(`${label} failed: ${result.failure}`);
    rows.push([label, "ns" in result ? durationCell(result.ns, startup) : "failed", TARGET]);
  }
  const title = `4. Generator speed, ${TYPE_CHECK_ENTITY_COUNT}-entity schema (wall time of node bin/dynagen.js, median of ${runs})`;
  return [renderTable(title, ["command", "wall time", "target"], rows), ...notes].join("\n");
}
