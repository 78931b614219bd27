import { join, relative } from "node:path";
import { dynagenCliBuilt, firstLine, runDynagenCli } from "../report/dynagen-cli.js";
import { BENCH_TMP, REPOSITORY_ROOT } from "../report/paths.js";
import { median } from "../report/side-by-side.js";
import { NOT_BUILT, durationCell, formatRatio, renderTable } from "../report/table.js";
import { benchEntities, TYPE_CHECK_ENTITY_COUNT } from "./model.js";
import { runTsc, type TscDiagnostics } from "./tsc-diagnostics.js";
import { dynagenVariantFiles } from "./write-dynagen.js";
import { electroVariantFiles } from "./write-electrodb.js";
import { writeFolder } from "./write-files.js";
import { plainVariantFiles } from "./write-plain.js";
import { toolboxVariantFiles } from "./write-toolbox.js";

export const TYPE_CHECK_TMP = join(BENCH_TMP, "type-check");

/** The dynagen variant's folder; section 4 times the generator on its schema. */
export const DYNAGEN_VARIANT = join(TYPE_CHECK_TMP, "dynagen");

/** The same model generated with `--typecheck-output`: the user's tsc checks the generated bodies too. */
const DYNAGEN_CHECKED_VARIANT = join(TYPE_CHECK_TMP, "dynagen-checked");

/** Writes every variant's sources; the two dynagen ones are generated when the CLI is built. */
function writeVariants(): { dynagenReady: boolean; notes: string[] } {
  const entities = benchEntities();
  writeFolder(join(TYPE_CHECK_TMP, "plain"), plainVariantFiles(entities));
  writeFolder(join(TYPE_CHECK_TMP, "electrodb"), electroVariantFiles(entities));
  writeFolder(join(TYPE_CHECK_TMP, "toolbox"), toolboxVariantFiles(entities));
  if (!dynagenCliBuilt()) return { dynagenReady: false, notes: [] };
  const rel = (path: string) => relative(REPOSITORY_ROOT, path);
  for (const [folder, flags] of [[DYNAGEN_VARIANT, []], [DYNAGEN_CHECKED_VARIANT, ["--typecheck-output"]]] as const) {
    writeFolder(folder, dynagenVariantFiles(entities));
    const run = runDynagenCli(["generate", "--schemas", rel(join(folder, "schemas")), "--out", rel(join(folder, "generated")), ...flags]);
    if (run.status !== 0) return { dynagenReady: false, notes: [`dynagen left out: generate exited ${run.status}: ${firstLine(run.output)}`] };
  }
  return { dynagenReady: true, notes: [] };
}

/**
 * Runs tsc on each variant, taking turns (a, b, c, a, b...) so that a busy moment of the shared
 * machine falls on several variants rather than one; the median check time is kept (the counts
 * do not vary between runs).
 */
function measureInTurns(variants: readonly { name: string; folder: string; runs: number }[]): Map<string, TscDiagnostics> {
  const samples = new Map<string, TscDiagnostics[]>(variants.map((v) => [v.name, []]));
  const most = Math.max(0, ...variants.map((v) => v.runs));
  for (let run = 0; run < most; run++) {
    for (const variant of variants) {
      if (run < variant.runs) samples.get(variant.name)!.push(runTsc(join(TYPE_CHECK_TMP, variant.folder)));
    }
  }
  return new Map(
    [...samples].map(([name, runs]) => [
      name,
      { ...runs[0]!, checkNs: median(runs.map((s) => s.checkNs)), totalNs: median(runs.map((s) => s.totalNs)) },
    ]),
  );
}

/**
 * Section 3: what `tsc --noEmit` costs for the same 200-entity model written for each library,
 * against plain hand-written interfaces and functions. The peers, many times slower, get fewer
 * runs than the two variants whose ratio is the target, to keep the whole bench within minutes.
 */
export function runTypeCheck(runs: { compared: number; peers: number }): string {
  const { dynagenReady, notes } = writeVariants();
  const variants = [
    { name: "plain (baseline)", folder: "plain", ready: true, runs: runs.compared },
    { name: "dynagen", folder: "dynagen", ready: dynagenReady, runs: runs.compared },
    { name: "dynagen --typecheck-output", folder: "dynagen-checked", ready: dynagenReady, runs: runs.compared },
    { name: "ElectroDB", folder: "electrodb", ready: true, runs: runs.peers },
    { name: "dynamodb-toolbox", folder: "toolbox", ready: true, runs: runs.peers },
  ];
  const results = measureInTurns(variants.filter((v) => v.ready));
  const baseline = results.get(variants[0]!.name)!;
  const rows = variants.map((variant) => {
    const result = results.get(variant.name);
    if (!result) return [variant.name, NOT_BUILT, "", "", "", ""];
    if (result.errors.length > 0) notes.push(`${variant.name}: ${result.errors.length} compile errors, first: ${result.errors[0]}`);
    return [
      variant.name,
      durationCell(result.checkNs, baseline.checkNs),
      String(result.instantiations),
      formatRatio(result.instantiations, baseline.instantiations),
      durationCell(result.totalNs, baseline.totalNs),
      String(variant.runs),
    ];
  });
  const title = `3. Type-check cost, ${TYPE_CHECK_ENTITY_COUNT} entities used once each (tsc --noEmit --extendedDiagnostics, median of the runs)`;
  const header = ["variant", "check time", "instantiations", "ratio", "total tsc time", "runs"];
  return [renderTable(title, header, rows), ...notes].join("\n");
}
