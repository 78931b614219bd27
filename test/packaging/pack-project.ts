import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const TSC = join(REPO, "node_modules", "typescript", "bin", "tsc");
const exec = promisify(execFile);

export interface Packed {
  readonly tarball: string;
  /** Paths inside the package, as `npm pack --json` lists them. */
  readonly files: readonly string[];
}

/**
 * Builds the package into `stage` (a fresh dist/ of runtime and generator, so no stale output of
 * an earlier build can hide a packaging mistake), copies the repository's top-level sources beside
 * it, and packs it with npm into `dest`. Test sources, benchmarks and the example output are copied
 * too: the package's `files` field must leave them out.
 */
export async function packProject(stage: string, dest: string): Promise<Packed> {
  const skip = new Set(["node_modules", ".git", "dist", "tmp"]);
  cpSync(REPO, stage, { recursive: true, filter: (src) => !skip.has(src.slice(src.lastIndexOf("/") + 1)) });
  writeFileSync(
    join(stage, "tsconfig.pack.json"),
    JSON.stringify({
      extends: join(REPO, "tsconfig.build.json"),
      compilerOptions: { outDir: join(stage, "dist"), rootDir: REPO, typeRoots: [join(REPO, "node_modules", "@types")] },
      include: [join(REPO, "runtime"), join(REPO, "generator")],
      exclude: [join(REPO, "**", "*.test.ts")],
    }),
  );
  // Type errors in files being edited elsewhere do not stop the emit; the strict check of the
  // installed package below is the gate for what ships.
  await exec(process.execPath, [TSC, "-p", join(stage, "tsconfig.pack.json")], { cwd: stage }).catch(() => undefined);
  if (!existsSync(join(stage, "dist", "runtime", "index.js"))) throw new Error("the build produced no dist/runtime/index.js");
  // What a full `npm run build` also emits, which the package must not ship.
  for (const extra of ["bench", "generated", "demo"]) {
    mkdirSync(join(stage, "dist", extra), { recursive: true });
    writeFileSync(join(stage, "dist", extra, "main.js"), "export {};\n");
  }
  mkdirSync(dest, { recursive: true });
  const { stdout } = await exec("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dest], { cwd: stage });
  const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dest, result!.filename), files: result!.files.map((f) => f.path).sort() };
}

/**
 * Installs the tarball into `app` with npm, offline (the dependencies come from npm's cache). When
 * the cache cannot resolve them, falls back to unpacking the tarball and linking this repository's
 * installed dependencies. Returns which way was used.
 */
export async function installTarball(app: string, tarball: string): Promise<"npm" | "linked"> {
  const installed = await exec("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app }).then(
    () => true,
    () => false,
  );
  if (installed && existsSync(join(app, "node_modules", ".bin", "dynagen"))) return "npm";
  const modules = join(app, "node_modules");
  mkdirSync(join(modules, "dynagen"), { recursive: true });
  await exec("tar", ["-xzf", tarball, "-C", join(modules, "dynagen"), "--strip-components=1"]);
  for (const name of readdirSync(join(REPO, "node_modules"))) {
    if (name.startsWith(".") || existsSync(join(modules, name))) continue;
    symlinkSync(join(REPO, "node_modules", name), join(modules, name));
  }
  mkdirSync(join(modules, ".bin"), { recursive: true });
  symlinkSync("../dynagen/bin/dynagen.js", join(modules, ".bin", "dynagen"));
  return "linked";
}
