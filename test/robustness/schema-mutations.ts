import type { SeededRandom } from "../faults/seeded-random.js";

/** One way of breaking (or subtly changing) a schema's text. */
export type Mutation = (text: string, random: SeededRandom) => string;

const TYPE_WORDS = ["string", "number", "boolean", "binary", "enum", "datetime", "ttl", "list", "set", "map", "json", "string?", "number?", "strng", "42", "~", "[]", "{}", "true"];
const GARBAGE = ["{", "}", "[", "]", ":", "- ", "&a ", "*a", "!", "|", ">", "%", "@", "`", "#", "\"", "'", "\t", "\u0000", "\uFEFF", "{{", "}}", ":06", "{x}"];

const lines = (text: string) => text.split("\n");
const lineIndex = (all: string[], random: SeededRandom) => random.int(all.length);

/** The named mutations; `fuzz` picks one to three per case. */
export const MUTATIONS: Record<string, Mutation> = {
  deleteLine(text, random) {
    const all = lines(text);
    all.splice(lineIndex(all, random), 1);
    return all.join("\n");
  },
  duplicateLine(text, random) {
    const all = lines(text);
    const i = lineIndex(all, random);
    all.splice(i, 0, all[i] ?? "");
    return all.join("\n");
  },
  swapAdjacentLines(text, random) {
    const all = lines(text);
    const i = random.int(Math.max(1, all.length - 1));
    [all[i], all[i + 1]] = [all[i + 1] ?? "", all[i] ?? ""];
    return all.join("\n");
  },
  swapTokens(text, random) {
    const tokens = [...text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)];
    if (tokens.length < 2) return text;
    const [a, b] = [random.pick(tokens), random.pick(tokens)].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
    if (!a || !b || a.index === b.index) return text;
    const [ai, bi] = [a.index ?? 0, b.index ?? 0];
    return text.slice(0, ai) + b[0] + text.slice(ai + a[0].length, bi) + a[0] + text.slice(bi + b[0].length);
  },
  changeType(text, random) {
    const types = [...text.matchAll(/\b(string|number|boolean|binary|enum|datetime|ttl|list|set|map|json)\b\??/g)];
    if (types.length === 0) return text;
    const hit = random.pick(types);
    const at = hit.index ?? 0;
    return text.slice(0, at) + random.pick(TYPE_WORDS) + text.slice(at + hit[0].length);
  },
  breakTemplate(text, random) {
    const templates = [...text.matchAll(/"[^"\n]*\{[^"\n]*"/g)];
    if (templates.length === 0) return text;
    const hit = random.pick(templates);
    const at = (hit.index ?? 0) + 1 + random.int(Math.max(1, hit[0].length - 2));
    return text.slice(0, at) + random.pick(["{", "}", "{}", "{{", ":0", ":abc", "#{", "x"]) + text.slice(at);
  },
  renameInTemplate(text, random) {
    const slots = [...text.matchAll(/\{([A-Za-z]+)/g)];
    if (slots.length === 0) return text;
    const hit = random.pick(slots);
    const at = (hit.index ?? 0) + 1;
    const name = hit[1] ?? "";
    const renamed = random.pick([name.toLowerCase(), `${name}x`, name.slice(1), "total", "tags", "nickname", "options"]);
    return text.slice(0, at) + renamed + text.slice(at + name.length);
  },
  insertGarbage(text, random) {
    const at = random.int(text.length + 1);
    return text.slice(0, at) + random.pick(GARBAGE) + text.slice(at);
  },
  deleteSpan(text, random) {
    const at = random.int(text.length + 1);
    return text.slice(0, at) + text.slice(at + 1 + random.int(40));
  },
  reindentLine(text, random) {
    const all = lines(text);
    const i = lineIndex(all, random);
    all[i] = random.next() < 0.5 ? ` ${all[i] ?? ""}` : (all[i] ?? "").replace(/^ {1,2}/, "");
    return all.join("\n");
  },
  changeNumber(text, random) {
    const numbers = [...text.matchAll(/\b\d+\b/g)];
    if (numbers.length === 0) return text;
    const hit = random.pick(numbers);
    const at = hit.index ?? 0;
    return text.slice(0, at) + random.pick(["-1", "0", "1e309", "0.5", "99999999999999999999", "NaN", "\"7\""]) + text.slice(at + hit[0].length);
  },
  truncate(text, random) {
    return text.slice(0, random.int(text.length));
  },
};

/** Applies one to three random mutations; returns the text and the names applied. */
export function mutate(text: string, random: SeededRandom): { text: string; applied: string[] } {
  const names = Object.keys(MUTATIONS);
  const applied: string[] = [];
  let out = text;
  const count = 1 + random.int(3);
  for (let i = 0; i < count; i++) {
    const name = random.pick(names);
    applied.push(name);
    out = (MUTATIONS[name] as Mutation)(out, random);
  }
  return { text: out, applied };
}
