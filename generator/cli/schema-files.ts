import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { SchemaSource } from "../check/index.js";
import { UsageError } from "./command.js";
import { displayPath } from "./display-path.js";

/** Reads every `*.yaml` / `*.yml` file of a folder (not recursive), sorted by name. */
export async function readSchemaFolder(folder: string, cwd: string): Promise<SchemaSource[]> {
  const absolute = resolve(cwd, folder);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`schemas folder "${folder}" does not exist`);
  const names = (await readdir(absolute)).filter((n) => /\.ya?ml$/.test(n)).sort();
  if (names.length === 0) throw new UsageError(`no .yaml files in "${folder}"`);
  return Promise.all(
    names.map(async (name) => {
      const path = join(absolute, name);
      return { path: displayPath(path, cwd), text: await readFile(path, "utf8") };
    }),
  );
}
