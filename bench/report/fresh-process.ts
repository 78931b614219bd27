import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs a bench entry point (a URL beside the caller's module) in a new node process and parses the
 * last line it prints as JSON: for timings that the JIT state and garbage of other sections would
 * skew. Throws, saying how the process ended, when it fails or prints no JSON object.
 */
export function jsonFromFreshProcess(entry: URL, args: readonly string[]): unknown {
  const result = spawnSync(process.execPath, [fileURLToPath(entry), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  if (result.status !== 0) throw new Error(`its process exited with ${result.status ?? result.signal}`);
  if (!line.startsWith("{")) throw new Error("its process printed no result");
  return JSON.parse(line);
}
