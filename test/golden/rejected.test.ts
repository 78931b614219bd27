import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { generate } from "../../generator/generate.js";
import { formatDiagnostic } from "../../generator/model/index.js";

// Every `reject-*` folder holds a schema.yaml that dynagen must refuse, and expected/stderr.txt
// with exactly the lines the CLI prints for it. Refresh with `npx vitest run test/golden -u`.
const here = dirname(fileURLToPath(import.meta.url));
const cases = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith("reject-"))
  .map((entry) => entry.name)
  .sort();

describe("rejected golden cases", () => {
  test("there is a case for each check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(cases)("%s", async (name) => {
    const text = readFileSync(join(here, name, "schema.yaml"), "utf8");
    const { files, diagnostics } = generate([{ path: "schema.yaml", text }]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(files.size).toBe(0);
    const stderr = diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join("");
    await expect(stderr).toMatchFileSnapshot(join(here, name, "expected", "stderr.txt"));
  });
});
