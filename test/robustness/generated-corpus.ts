import { seededRandom } from "../faults/seeded-random.js";

/** A malformed schema built at test time (too big, too binary or too repetitive to commit). */
export interface GeneratedCase {
  readonly name: string;
  readonly content: string | Buffer;
}

const HEAD = "version: 1\ntable:\n  name: shop\n  key: { partition: pk, sort: sk }\n";

/** Random bytes: not UTF-8, not YAML. */
function binaryGarbage(): Buffer {
  const random = seededRandom(99);
  return Buffer.from(Array.from({ length: 4096 }, () => random.int(256)));
}

/** A billion-laughs document: nine levels of nine aliases each. */
function aliasBomb(): string {
  const lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(", ")}]`);
  return `${HEAD}entities:\n  Customer:\n    attributes:\n      customerId: string\n    key: { partition: "C#{customerId}", sort: "P" }\nbomb:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

/** Map attributes nested 40 levels deep: DynamoDB stores at most 32. */
function deepMap(levels: number): string {
  let type = "string";
  for (let i = levels; i > 0; i--) type = `{ type: map, attributes: { n${i}: ${type} } }`;
  return `${HEAD}entities:\n  Customer:\n    attributes:\n      customerId: string\n      deep: ${type}\n    key: { partition: "C#{customerId}", sort: "P" }\n`;
}

/** 20,000 nested flow sequences: a parser that recurses per level overflows its stack. */
function deepFlow(): string {
  return `${HEAD}entities:\n  Customer:\n    attributes:\n      customerId: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`;
}

/** Thousands of valid entities, then one bad attribute type at the very end (about 1 MB). */
function largeFileOneError(): string {
  const parts = [`${HEAD}entities:\n`];
  for (let i = 0; i < 4000; i++) {
    parts.push(`  Entity${i}:\n    attributes:\n      id: string\n      label: { type: string, optional: true }\n    key: { partition: "E${i}#{id}", sort: "E${i}" }\n`);
  }
  parts.push(`  Broken:\n    attributes:\n      id: strin\n    key: { partition: "B#{id}", sort: "B" }\n`);
  return parts.join("");
}

/** Many errors in one big file: every one must be reported on its own line. */
function largeFileManyErrors(): string {
  const parts = [`${HEAD}entities:\n`];
  for (let i = 0; i < 1500; i++) {
    parts.push(`  Entity${i}:\n    attributes:\n      id: string\n    key: { partition: "E${i}#{idd}", sort: "E${i}" }\n`);
  }
  return parts.join("");
}

export function generatedCases(): GeneratedCase[] {
  return [
    { name: "binary-garbage", content: binaryGarbage() },
    { name: "nul-bytes", content: Buffer.concat([Buffer.from(HEAD), Buffer.alloc(64), Buffer.from("entities: {}\n")]) },
    { name: "alias-bomb", content: aliasBomb() },
    { name: "map-nested-40-levels", content: deepMap(40) },
    { name: "flow-nested-20000-levels", content: deepFlow() },
    { name: "large-file-one-error", content: largeFileOneError() },
    { name: "large-file-many-errors", content: largeFileManyErrors() },
  ];
}
