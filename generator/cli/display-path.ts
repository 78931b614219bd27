import { relative, sep } from "node:path";

/** A path as messages show it: relative to the working folder, with forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute) || ".";
  return rel.split(sep).join("/");
}
