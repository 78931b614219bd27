import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The dynagen checkout: the nearest folder above this file whose package.json is dynagen's. */
function findRepositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "dynagen") return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error("the dynagen checkout was not found above the bench");
    folder = parent;
  }
}

export const REPOSITORY_ROOT = findRepositoryRoot();

/** Scratch space for generated benchmark inputs (gitignored). */
export const BENCH_TMP = join(REPOSITORY_ROOT, "bench", "tmp");

/** dynagen's CLI as users run it; present once `npm run build` compiled the generator's CLI. */
export const DYNAGEN_BIN = join(REPOSITORY_ROOT, "bin", "dynagen.js");
export const DYNAGEN_CLI_BUILT = join(REPOSITORY_ROOT, "dist", "generator", "cli", "main.js");

export const TSC = join(REPOSITORY_ROOT, "node_modules", "typescript", "bin", "tsc");
