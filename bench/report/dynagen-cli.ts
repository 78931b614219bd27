import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DYNAGEN_BIN, DYNAGEN_CLI_BUILT, REPOSITORY_ROOT } from "./paths.js";

export interface CliRun {
  readonly status: number | null;
  readonly output: string;
  /** Wall time of the whole process, start to exit, in nanoseconds. */
  readonly wallNs: number;
}

/** True once the generator's CLI is compiled (`bin/dynagen.js` loads dist/generator/cli/main.js). */
export const dynagenCliBuilt = (): boolean => existsSync(DYNAGEN_CLI_BUILT);

/** Runs `node bin/dynagen.js <args>` from the checkout, as a user would, and times it. */
export function runDynagenCli(args: readonly string[]): CliRun {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [DYNAGEN_BIN, ...args], { cwd: REPOSITORY_ROOT, encoding: "utf8" });
  const wallNs = Number(process.hrtime.bigint() - start);
  return { status: result.status, output: (result.stdout + result.stderr).trim(), wallNs };
}

/** The first line of a failed run, for a table note. */
export const firstLine = (text: string): string => text.split("\n")[0]?.slice(0, 160) ?? "";

/** The command that regenerates the bench's own repositories (bench/generated/, committed). */
export const REGENERATE_BENCH = ["generate", "--schemas", "bench/schemas", "--out", "bench/generated"] as const;

/**
 * A warning line when bench/generated/ no longer matches what the generator makes of
 * bench/schemas/ (the emitter changed since it was committed), or undefined when it matches.
 */
export function staleBenchGeneratedWarning(): string | undefined {
  if (!dynagenCliBuilt()) return "dynagen's CLI is not built: its columns are n/a";
  const check = runDynagenCli([...REGENERATE_BENCH, "--check"]);
  if (check.status === 0) return undefined;
  return `WARNING: bench/generated/ is stale; measured as committed. Regenerate: node bin/dynagen.js ${REGENERATE_BENCH.join(" ")}`;
}
