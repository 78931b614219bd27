import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { TSC } from "../report/paths.js";

export interface TscDiagnostics {
  /** `Check time`, in nanoseconds. */
  readonly checkNs: number;
  /** `Total time`, in nanoseconds. */
  readonly totalNs: number;
  readonly instantiations: number;
  readonly types: number;
  /** The compile errors tsc reported: a variant with errors measures the wrong thing. */
  readonly errors: readonly string[];
}

function readNumber(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)(s?)\\s*$`, "m").exec(output);
  if (!match) throw new Error(`tsc printed no "${label}" line:\n${output.slice(-2000)}`);
  return match[2] === "s" ? Number(match[1]) * 1e9 : Number(match[1]);
}

/** Runs `tsc --noEmit --extendedDiagnostics` on a folder's tsconfig.json and reads the figures. */
export function runTsc(folder: string): TscDiagnostics {
  const result = spawnSync(process.execPath, [TSC, "-p", join(folder, "tsconfig.json"), "--extendedDiagnostics"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = result.stdout + result.stderr;
  return {
    checkNs: readNumber(output, "Check time"),
    totalNs: readNumber(output, "Total time"),
    instantiations: readNumber(output, "Instantiations"),
    types: readNumber(output, "Types"),
    errors: output.split("\n").filter((line) => line.includes("error TS")),
  };
}
