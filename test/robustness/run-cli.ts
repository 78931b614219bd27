import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(REPO_ROOT, "bin", "dynagen.js");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <bin> <args>` in `cwd` (never npx: its warnings would pollute stderr). Default bin: the repository's bin/dynagen.js. */
export function runCli(args: readonly string[], cwd: string, bin = BIN): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file under `dir` with its bytes (hex), keyed by relative path: compares folders byte for byte. */
export function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString("hex");
    }
  };
  walk(dir);
  return out;
}

/**
 * Compiles the package (`npm run build`'s tsc call) into a private folder, `<root>/dist`, with a
 * copy of bin/dynagen.js beside it, so the CLI runs the current sources and no concurrent build of
 * the shared dist/ can change it mid-run. Returns the bin path to run. Type errors elsewhere do
 * not stop the emit; a missing CLI entry point does.
 */
export function buildCli(root: string): Promise<string> {
  const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  const outDir = join(root, "dist");
  return new Promise((resolve, reject) => {
    // --noCheck: emit only; type errors are the typecheck step's business, and this keeps the build to seconds.
    const args = [tsc, "-p", "tsconfig.build.json", "--noCheck", "--outDir", outDir, "--declaration", "false", "--sourceMap", "false"];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", () => {
      if (!existsSync(join(outDir, "generator", "cli", "main.js"))) {
        return reject(new Error(`the build produced no generator/cli/main.js:\n${output}`));
      }
      const bin = join(root, "bin", "dynagen.js");
      mkdirSync(dirname(bin), { recursive: true });
      copyFileSync(BIN, bin);
      resolve(bin);
    });
  });
}
