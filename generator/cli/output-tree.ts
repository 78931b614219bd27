import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Every file under `folder`, keyed by forward-slash path relative to it; empty when the folder is absent. */
export async function readTree(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    const rel = absolute.slice(folder.length + 1).split(/[\\/]/).join("/");
    files.set(rel, await readFile(absolute, "utf8"));
  }
  return files;
}

/**
 * Replaces `folder` with exactly `files`: writes them into a temporary sibling folder, then swaps
 * it in with renames, so a failure part-way leaves the previous output in place. Files no
 * longer generated disappear with the old folder.
 */
export async function writeTreeAtomically(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(folder);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = join(parent, `.dynagen-${basename(folder)}-new-${stamp}`);
  const old = join(parent, `.dynagen-${basename(folder)}-old-${stamp}`);
  await mkdir(parent, { recursive: true });
  try {
    for (const [path, text] of files) {
      const target = join(fresh, ...path.split("/"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    await mkdir(fresh, { recursive: true });
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  const hadOld = await rename(folder, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(fresh, folder);
  } catch (error) {
    if (hadOld) await rename(old, folder);
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

export interface TreeDifference {
  readonly kind: "stale" | "missing" | "extra";
  readonly path: string;
}

/** How an existing tree differs from the wanted one, sorted by path. */
export function compareTrees(existing: ReadonlyMap<string, string>, wanted: ReadonlyMap<string, string>): TreeDifference[] {
  const differences: TreeDifference[] = [];
  for (const [path, text] of wanted) {
    const current = existing.get(path);
    if (current === undefined) differences.push({ kind: "missing", path });
    else if (current !== text) differences.push({ kind: "stale", path });
  }
  for (const path of existing.keys()) if (!wanted.has(path)) differences.push({ kind: "extra", path });
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
