import { ValidationError } from "../errors/index.js";
import type { PathNode } from "./nodes.js";

/**
 * How callers name an attribute: a string parsed as a document path (`"address.city"`,
 * `"lines[0].qty"`), or segments taken literally (`["weird.name", 0]`) for names with dots or brackets.
 */
export type PathInput = string | readonly (string | number)[] | PathNode;

/**
 * Parses `"address.city"` or `"lines[0].qty"` into a frozen path node.
 *
 * @example
 * parsePath("lines[0].qty").segments // ["lines", 0, "qty"]
 */
export function parsePath(text: string): PathNode {
  const segments: (string | number)[] = [];
  let name = "";
  let i = 0;
  const fail = (why: string, code = "path"): never => {
    throw new ValidationError(code, text, why);
  };
  const endName = (): void => {
    if (name === "") fail("empty attribute name in path; use an array of segments for names with dots or brackets", "emptyName");
    segments.push(name);
    name = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ".") {
      endName();
      i++;
    } else if (ch === "[") {
      if (name !== "") endName();
      else if (segments.length === 0 || text[i - 1] === ".") fail("a list index must follow an attribute name");
      const close = text.indexOf("]", i);
      const digits = close < 0 ? "" : text.slice(i + 1, close);
      if (!/^\d+$/.test(digits)) fail("list index must be a non-negative integer in brackets");
      segments.push(Number(digits));
      i = close + 1;
      if (i < text.length && text[i] !== "." && text[i] !== "[") fail("expected '.' or '[' after a list index");
      if (text[i] === ".") {
        i++;
        if (i >= text.length) fail("path ends with '.'");
      }
    } else if (ch === "]") {
      fail("unmatched ']'");
    } else {
      name += ch;
      i++;
    }
  }
  if (name !== "" || segments.length === 0 || text.endsWith(".")) endName();
  return freezePath(segments, text);
}

/**
 * Accepts any {@link PathInput} and returns a validated, frozen path node.
 *
 * @example
 * toPath(["weird.name", 0]) // one attribute named "weird.name", then list index 0
 */
export function toPath(input: PathInput): PathNode {
  if (typeof input === "string") return parsePath(input);
  if (isPathNode(input)) return input;
  // One top-level name, the shape repositories use on every call: nothing to format or check further.
  if (input.length === 1 && typeof input[0] === "string" && input[0] !== "") return topLevel(input[0]);
  return freezePath(input, formatPath(input));
}

/**
 * Renders a path for messages: `lines[0].qty`; names with dots or brackets are quoted.
 *
 * @example
 * formatPath(["a.b", 2]) // "\"a.b\"[2]"
 */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else {
      const shown = /[.[\]"]/.test(s) ? JSON.stringify(s) : s;
      out += out === "" ? shown : `.${shown}`;
    }
  }
  return out;
}

function isPathNode(input: readonly (string | number)[] | PathNode): input is PathNode {
  return !Array.isArray(input) && (input as PathNode).kind === "path";
}

function freezePath(segments: readonly (string | number)[], shown: string): PathNode {
  if (segments.length === 0) throw new ValidationError("emptyName", shown, "an attribute path needs at least one name");
  if (typeof segments[0] !== "string") throw new ValidationError("path", shown, "a path must start with an attribute name");
  for (const s of segments) {
    if (typeof s === "string" && s === "") throw new ValidationError("emptyName", shown, "attribute names cannot be empty");
    if (typeof s === "number" && !(Number.isInteger(s) && s >= 0)) {
      throw new ValidationError("path", shown, `list index ${s} must be a non-negative integer`);
    }
    if (typeof s !== "string" && typeof s !== "number") throw new ValidationError("path", shown, "path segments are names or list indexes");
  }
  return Object.freeze({ kind: "path", segments: Object.freeze([...segments]) as PathNode["segments"] });
}

/**
 * One-name paths already made (they are frozen, so one node per name serves every request).
 * Bounded, so code that builds paths from data cannot grow it without end.
 */
const topLevelPaths = new Map<string, PathNode>();
const MAX_CACHED_PATHS = 2048;

function topLevel(name: string): PathNode {
  let path = topLevelPaths.get(name);
  if (path === undefined) {
    path = Object.freeze({ kind: "path", segments: Object.freeze([name]) as PathNode["segments"] });
    if (topLevelPaths.size < MAX_CACHED_PATHS) topLevelPaths.set(name, path);
  }
  return path;
}
