import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedCases } from "./generated-corpus.js";
import { buildCli, REPO_ROOT, runCli, snapshotFolder } from "./run-cli.js";

const CORPUS = new URL("./corpus/", import.meta.url);
const committed = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({ name: f.slice(0, -".yaml".length), content: readFileSync(new URL(f, CORPUS)) as string | Buffer }));
const cases = [...committed, ...generatedCases()];

const root = mkdtempSync(join(tmpdir(), "dynagen-corpus-"));
// Inside the repository (test/tmp is ignored by git and tsc) so the build finds node_modules.
const build = join(REPO_ROOT, "test", "tmp", `corpus-cli-${process.pid}`);
let bin = "";
beforeAll(async () => void (bin = await buildCli(build)), 240_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
});

const STALE_OUTPUT = {
  "shop/index.ts": "// output of an earlier run: must survive a failed generate\nexport {};\n",
  "shop/customer.ts": "export const untouched = true;\n",
};

describe("malformed schemas through the CLI", () => {
  it("has a corpus of at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.concurrent.each(cases)("$name: exit 1, only positioned error lines, output untouched", async ({ name, content }) => {
    const work = join(root, name);
    mkdirSync(join(work, "schemas"), { recursive: true });
    writeFileSync(join(work, "schemas", `${name}.yaml`), content);
    for (const [path, text] of Object.entries(STALE_OUTPUT)) {
      mkdirSync(join(work, "generated", path, ".."), { recursive: true });
      writeFileSync(join(work, "generated", path), text);
    }
    const before = snapshotFolder(join(work, "generated"));

    const result = await runCli(["generate", "--schemas", "schemas", "--out", "generated"], work, bin);

    const lines = result.stderr.split("\n").filter((l) => l !== "");
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const diagnostic = new RegExp(`^schemas/${escaped}\\.yaml:\\d+:\\d+: error: .+$`);
    expect(lines.length, result.stderr).toBeGreaterThan(0);
    expect(lines.filter((l) => !diagnostic.test(l)), "stderr lines that are not diagnostics").toEqual([]);
    expect(result.stderr).not.toMatch(/^\s+at .+/m);
    expect(result.stdout).not.toMatch(/^\s+at .+|\b\w*Error\b/m);
    expect(result.status).toBe(1);
    expect(snapshotFolder(join(work, "generated"))).toEqual(before);
  }, 60_000);
});
