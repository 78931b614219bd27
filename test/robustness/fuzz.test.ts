import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { formatDiagnostic } from "../../generator/model/index.js";
import { seededRandom } from "../faults/seeded-random.js";
import { compileOutputs, type OutputCase } from "./compile-outputs.js";
import { REPO_ROOT } from "./run-cli.js";
import { mutate } from "./schema-mutations.js";

const CASES = 300;
const SEED = 20_260_601;
const examples = readdirSync(join(REPO_ROOT, "schemas"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({ path: `schemas/${f}`, text: readFileSync(join(REPO_ROOT, "schemas", f), "utf8") }));
const root = join(REPO_ROOT, "test", "tmp", `fuzz-${process.pid}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("generator fuzz: mutated example schemas", () => {
  it(`gives clean diagnostics or output that compiles, never an exception (${CASES} cases, seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    const compiled: OutputCase[] = [];
    const seen = new Set<string>();
    const tally = { cases: 0, diagnostics: 0, generated: 0, distinctOutputs: 0 };
    for (let i = 0; i < CASES; i++) {
      const example = random.pick(examples);
      const { text, applied } = mutate(example.text, random);
      const label = `case ${i} (${applied.join(", ")} on ${example.path})`;
      let result: ReturnType<typeof generate>;
      try {
        result = generate([{ path: example.path, text }]);
      } catch (error) {
        throw new Error(`${label} threw: ${error instanceof Error ? error.stack : String(error)}\n--- input ---\n${text}`);
      }
      tally.cases++;
      if (result.diagnostics.length > 0) {
        tally.diagnostics++;
        expect(result.files.size, label).toBe(0);
        for (const d of result.diagnostics) {
          expect(formatDiagnostic(d), label).toMatch(/^schemas\/[\w-]+\.yaml:\d+:\d+: error: \S.*$/);
          expect(d.message, label).not.toMatch(/\n|^\s+at /);
          expect(d.line >= 1 && d.col >= 1, label).toBe(true);
        }
        continue;
      }
      tally.generated++;
      expect(result.files.size, label).toBeGreaterThan(0);
      const digest = createHash("sha256").update(JSON.stringify([...result.files])).digest("hex");
      if (seen.has(digest)) continue;
      seen.add(digest);
      compiled.push({ id: `case-${i}`, files: result.files });
    }
    tally.distinctOutputs = compiled.length;
    mkdirSync(root, { recursive: true });
    const errors = compileOutputs(root, compiled);
    const failing = [...errors].filter(([, list]) => list.length > 0).map(([id, list]) => `${id}:\n  ${list.slice(0, 5).join("\n  ")}`);
    expect(failing, "generated outputs that do not compile").toEqual([]);
    expect(tally.cases).toBe(CASES);
    expect(tally.diagnostics).toBeGreaterThan(0);
    console.info(`generator fuzz: ${JSON.stringify(tally)}`);
  }, 300_000);
});
