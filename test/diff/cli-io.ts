import { main } from "../../generator/cli/main.js";

export interface CliRun {
  readonly status: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Runs the dynagen CLI in-process in `cwd`, capturing its output lines (the same `main` bin/dynagen.js calls). */
export async function runDynagen(argv: readonly string[], cwd: string): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await main(argv, { cwd, out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
  return { status, stdout, stderr };
}
