import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Command, CommandIO } from "./command.js";
import { COMMANDS } from "./commands.js";
import { main } from "./main.js";
import { readTree } from "./output-tree.js";

const SHOP = fileURLToPath(new URL("../../schemas/shop.yaml", import.meta.url));
let project: string;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), "dynagen-cli-"));
  await cp(SHOP, join(project, "schemas", "shop.yaml"));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { cwd: project, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { code: await main(argv, io), out, err };
}

describe("dynagen validate", () => {
  test("valid schemas", async () => {
    expect(await run("validate")).toEqual({ code: 0, out: ["dynagen: 1 schema file valid"], err: [] });
  });

  test("invalid schemas print only diagnostics, relative to the working folder", async () => {
    await writeFile(join(project, "schemas", "bad.yaml"), "version: 1\ntable: {}\nentities: {}\n");
    const result = await run("validate");
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      'schemas/bad.yaml:2:1: error: table is missing "key"',
      'schemas/bad.yaml:2:1: error: table is missing "name"',
      "schemas/bad.yaml:3:11: error: entities must not be empty",
    ]);
  });
});

describe("dynagen generate", () => {
  test("writes the tree, then --check finds it up to date", async () => {
    const written = await run("generate");
    expect(written.code).toBe(0);
    const tree = await readTree(join(project, "generated"));
    expect(tree.has("shop/index.ts")).toBe(true);
    expect(written.out).toEqual([`dynagen: wrote ${tree.size} files to generated`]);
    expect(await run("generate", "--check")).toEqual({ code: 0, out: [`dynagen: generated is up to date (${tree.size} files)`], err: [] });
  });

  test("absolute --schemas and --out are used as given, not joined to the working folder", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "dynagen-abs-"));
    try {
      const result = await run("generate", "--schemas", join(project, "schemas"), "--out", join(elsewhere, "gen"));
      expect(result.code).toBe(0);
      expect((await readTree(join(elsewhere, "gen"))).has("shop/index.ts")).toBe(true);
      expect(await run("validate", "--schemas", join(project, "schemas"))).toMatchObject({ code: 0 });
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  test("--check names stale, missing and extra files and writes nothing", async () => {
    await run("generate", "--out", "out");
    const out = join(project, "out");
    await writeFile(join(out, "shop", "index.ts"), "// edited by hand\n");
    await unlink(join(out, "shop", "table.ts"));
    await writeFile(join(out, "shop", "leftover.ts"), "");
    const before = await readTree(out);
    const result = await run("generate", "--out", "out", "--check");
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      "stale: out/shop/index.ts",
      "extra: out/shop/leftover.ts",
      "missing: out/shop/table.ts",
      "dynagen: out is out of date with the schemas; run dynagen generate",
    ]);
    expect(await readTree(out)).toEqual(before);
  });

  test("a bad schema leaves the existing output byte for byte unchanged", async () => {
    await run("generate");
    const before = await readTree(join(project, "generated"));
    const text = await readFile(join(project, "schemas", "shop.yaml"), "utf8");
    await writeFile(join(project, "schemas", "shop.yaml"), text.replace('sort: "LINE#{lineNo:06}"', 'sort: "LINE#{lineno:06}"'));
    const result = await run("generate");
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^schemas\/shop\.yaml:\d+:\d+: error: key sort of OrderLine names "\{lineno:06\}", which is not an attribute of OrderLine \(did you mean "lineNo"\?\)$/);
    expect(await readTree(join(project, "generated"))).toEqual(before);
  });

  test("another schemas folder", async () => {
    await cp(join(project, "schemas"), join(project, "other"), { recursive: true });
    await rm(join(project, "schemas"), { recursive: true });
    expect((await run("validate", "--schemas", "other")).code).toBe(0);
  });
});

describe("the output folder is replaced only when that is safe", () => {
  test.each([["schemas"], ["."], [".."]])("--out %s would replace the schemas or the working folder", async (out) => {
    const before = await readTree(join(project, "schemas"));
    expect(await run("generate", "--out", out)).toEqual({
      code: 2,
      out: [],
      err: [`dynagen: output folder "${out}" would replace the schemas or the working folder; choose another --out`],
    });
    expect(await readTree(join(project, "schemas"))).toEqual(before);
  });

  test("a folder of files dynagen did not write is left alone", async () => {
    await writeFile(join(project, "notes.txt"), "");
    await cp(join(project, "notes.txt"), join(project, "src", "main.ts"));
    expect(await run("generate", "--out", "src")).toEqual({
      code: 2,
      out: [],
      err: ['dynagen: output folder "src" holds files dynagen did not generate; refusing to replace it'],
    });
    expect(await readTree(join(project, "src"))).toEqual(new Map([["main.ts", ""]]));
  });
});

describe("failures that are not the schema's", () => {
  test("a file-system refusal is one line, exit 1", async () => {
    await writeFile(join(project, "blocker"), "");
    const result = await run("generate", "--out", "blocker/generated");
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^dynagen: ENOTDIR: not a directory/);
  });

  test("a bug is one line, exit 3", async () => {
    const broken: Command = {
      usage: "broken",
      options: {},
      positionals: [],
      run: () => Promise.reject(new TypeError("cannot read x\n    at somewhere")),
    };
    const err: string[] = [];
    const code = await main(["broken"], { cwd: project, out: () => {}, err: (l) => err.push(l) }, { broken });
    expect({ code, err }).toEqual({ code: 3, err: ["dynagen: internal error: cannot read x"] });
  });
});

describe("usage errors exit 2 with one line", () => {
  test.each([
    [["generate", "--frobnicate"], 'dynagen: unknown option "--frobnicate" for generate (usage: dynagen generate [--schemas schemas] [--out generated] [--check])'],
    [["generate", "extra"], 'dynagen: generate takes no arguments, got "extra" (usage: dynagen generate [--schemas schemas] [--out generated] [--check])'],
    [["validate", "--schemas"], 'dynagen: option "--schemas" needs a value (usage: dynagen validate [--schemas schemas])'],
    [["validate", "--schemas", "nowhere"], 'dynagen: schemas folder "nowhere" does not exist'],
    [["frob"], `dynagen: unknown command "frob" (commands: ${Object.keys(COMMANDS).join(", ")})`],
    [["toString"], `dynagen: unknown command "toString" (commands: ${Object.keys(COMMANDS).join(", ")})`],
  ])("%j", async (argv, line) => {
    expect(await run(...argv)).toEqual({ code: 2, out: [], err: [line] });
  });

  test("no command prints usage to stderr; --help to stdout", async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err[0]).toBe("usage:");
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("  dynagen generate [--schemas schemas] [--out generated] [--check]");
  });
});
