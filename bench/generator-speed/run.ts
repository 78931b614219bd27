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

/** A run slower than this is not repeated, so a slow generator cannot hold the bench for minutes. */
const REPEAT_CAP_NS = 10e9;

/** Runs a command up to `runs` times; the median wall time and the runs made, or the first failure. */
function medianWall(runs: number, run: () => CliRun): { ns: number; runs: number } | { failure: string } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = run();
    if (result.status !== 0) return { failure: `exit ${result.status}: ${firstLine(result.output)}` };
    times.push(result.wallNs);
    if (result.wallNs > REPEAT_CAP_NS) break;
  }
  return { ns: median(times), runs: times.length };
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
  const rows: string[][] = [["node start-up (baseline)", durationCell(startup, startup), "", String(runs)]];
  const notes: string[] = [];
  const measured = [
    { label: "generate (cold)", run: () => (rmSync(out, { recursive: true, force: true }), runDynagenCli(args)) },
    { label: "generate --check", run: () => runDynagenCli([...args, "--check"]) },
  ];
  for (const { label, run } of measured) {
    if (!dynagenCliBuilt()) {
      rows.push([label, NOT_BUILT, TARGET, ""]);
      continue;
    }
    const result = medianWall(runs, run);
    if ("failure" in result) notes.push(`${label} failed: ${result.failure}`);
    if ("failure" in result) rows.push([label, "failed", TARGET, ""]);
    else rows.push([label, durationCell(result.ns, startup), TARGET, String(result.runs)]);
  }
  const title = `4. Generator speed, ${TYPE_CHECK_ENTITY_COUNT}-entity schema (wall time of node bin/dynagen.js, median of the runs; a run over ${REPEAT_CAP_NS / 1e9} s is not repeated)`;
  return [renderTable(title, ["command", "wall time", "target", "runs"], rows), ...notes].join("\n");
}
