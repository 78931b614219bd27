import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runDynagen } from "./cli-io.js";
import { BASE, edited } from "./schema-pairs.js";

const root = mkdtempSync(join(tmpdir(), "dynagen-diff-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder under the temp root holding `files` (name → YAML text). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const ENUM_REMOVED = edited(["values: [pending, paid, cancelled]", "values: [pending, paid]"]);
const ENUM_ADDED = edited(["values: [pending, paid, cancelled]", "values: [pending, paid, cancelled, refunded]"]);

describe("dynagen diff <old> <new>", () => {
  it("exits 1 and prints each change and a summary when a change is breaking", async () => {
    folder("a/old", { "shop.yaml": BASE });
    folder("a/new", { "shop.yaml": ENUM_REMOVED });
    const run = await runDynagen(["diff", "old", "new"], join(root, "a"));
    expect(run).toEqual({
      status: 1,
      stdout: ['breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)', "dynagen: 1 breaking, 0 safe"],
      stderr: [],
    });
  });

  it("exits 0 when every change is safe, and when nothing changed", async () => {
    folder("b/old", { "shop.yaml": BASE });
    folder("b/new", { "shop.yaml": ENUM_ADDED });
    const safe = await runDynagen(["diff", "old", "new"], join(root, "b"));
    expect(safe.status).toBe(0);
    expect(safe.stdout).toEqual(['safe: shop Order.status: enum value "refunded" added', "dynagen: 0 breaking, 1 safe"]);
    const same = await runDynagen(["diff", "old", "old"], join(root, "b"));
    expect(same).toEqual({ status: 0, stdout: ["dynagen: no schema changes"], stderr: [] });
  });

  it("accepts single files on either side", async () => {
    const dir = folder("c", { "old.yaml": BASE, "shop.yaml": ENUM_REMOVED });
    mkdirSync(join(dir, "v1"));
    writeFileSync(join(dir, "v1", "shop.yaml"), BASE);
    const run = await runDynagen(["diff", "v1/shop.yaml", "shop.yaml"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout[0]).toBe('breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)');
  });

  it("prints the diagnostics and exits 1 when either side has a schema error", async () => {
    folder("d/old", { "shop.yaml": BASE });
    folder("d/new", { "shop.yaml": BASE.replace('sort: "ORDER#{orderId}"', 'sort: "ORDER#{orderid}"') });
    const run = await runDynagen(["diff", "old", "new"], join(root, "d"));
    expect(run.status).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^new\/shop\.yaml:\d+:\d+: error: .*"orderId"/);
  });

  it("exits 2 for usage mistakes: a missing side, an unknown revision, a wrong argument count", async () => {
    folder("e/new", { "shop.yaml": BASE });
    const missingNew = await runDynagen(["diff", "new", "nowhere"], join(root, "e"));
    expect(missingNew.status).toBe(2);
    expect(missingNew.stderr).toEqual(['dynagen: "nowhere" is not a schema folder or file']);
    const notRevision = await runDynagen(["diff", "no-such-rev", "new"], join(root, "e"));
    expect(notRevision.status).toBe(2);
    expect(notRevision.stderr).toEqual(['dynagen: "no-such-rev" is neither a schema folder or file nor a git revision']);
    expect((await runDynagen(["diff", "new"], join(root, "e"))).status).toBe(2);
  });
});

describe("dynagen diff <git-revision> <new>", () => {
  const repo = join(root, "repo");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });

  it("reads the old side from the revision at the new side's path", async () => {
    folder("repo/schemas", { "shop.yaml": BASE });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "v1");
    writeFileSync(join(repo, "schemas", "shop.yaml"), ENUM_REMOVED);
    writeFileSync(join(repo, "schemas", "audit.yaml"), BASE.replace("name: shop", "name: audit"));

    const run = await runDynagen(["diff", "HEAD", "schemas"], repo);
    expect(run.stdout).toEqual([
      'breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)',
      'safe: audit: schema file added (table "audit")',
      "dynagen: 1 breaking, 1 safe",
    ]);
    expect(run.status).toBe(1);

    git("add", ".");
    git("commit", "-q", "-m", "v2");
    expect(await runDynagen(["diff", "HEAD", "schemas"], repo)).toEqual({ status: 0, stdout: ["dynagen: no schema changes"], stderr: [] });
    const fromFirst = await runDynagen(["diff", "HEAD~1", "schemas/shop.yaml"], repo);
    expect(fromFirst.stdout[0]).toBe('breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)');
  });

  it("names the revision in diagnostics for a broken schema at that revision", async () => {
    writeFileSync(join(repo, "schemas", "shop.yaml"), "version: 1\ntable: { name: shop, key: { partition: pk } }\nentities: {}\n");
    git("commit", "-q", "-am", "broken");
    writeFileSync(join(repo, "schemas", "shop.yaml"), BASE);
    const run = await runDynagen(["diff", "HEAD", "schemas"], repo);
    expect(run.status).toBe(1);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(run.stderr.every((line) => line.startsWith("HEAD:schemas/shop.yaml:"))).toBe(true);
  });
});
