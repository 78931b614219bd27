import { execFile } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readTree } from "./output-tree.js";

// Runs the real executable, `node bin/dynagen.js`, as a user does: exit statuses, what reaches
// stdout and stderr, and no stack traces. The generator is compiled into a private folder so
// the shared dist/ is left alone.
const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../", import.meta.url));
let build: string;
let project: string;

async function dynagen(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(build, "bin", "dynagen.js"), ...args], { cwd: project });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  await mkdir(join(repo, "test", "tmp"), { recursive: true });
  build = await mkdtemp(join(repo, "test", "tmp", "cli-build-"));
  const config = {
    extends: join(repo, "tsconfig.build.json"),
    compilerOptions: { outDir: join(build, "dist"), rootDir: repo, declaration: false, sourceMap: false },
    include: [join(repo, "generator")],
    exclude: [join(repo, "generator", "**", "*.test.ts")],
  };
  await writeFile(join(build, "tsconfig.json"), JSON.stringify(config));
  // Type errors elsewhere must not stop the emit; the existence of main.js is what matters.
  await run(process.execPath, [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", join(build, "tsconfig.json")]).catch(() => undefined);
  await mkdir(join(build, "bin"));
  await copyFile(join(repo, "bin", "dynagen.js"), join(build, "bin", "dynagen.js"));
  await readFile(join(build, "dist", "generator", "cli", "main.js"));
  project = await mkdtemp(join(repo, "test", "tmp", "cli-project-"));
  await cp(join(repo, "schemas"), join(project, "schemas"), { recursive: true });
}, 120_000);

afterAll(async () => {
  await rm(build, { recursive: true, force: true });
  await rm(project, { recursive: true, force: true });
});

// Each test spawns the CLI a few times: allow for a busy machine.
describe("node bin/dynagen.js", { timeout: 120_000 }, () => {
  test("generate, then --check passes on the current tree", async () => {
    const generated = await dynagen("generate");
    expect(generated.code).toBe(0);
    expect(generated.stderr).toBe("");
    expect(generated.stdout).toMatch(/^dynagen: wrote \d+ files to generated\n$/);
    const check = await dynagen("generate", "--check");
    expect(check).toMatchObject({ code: 0, stderr: "" });
    expect(check.stdout).toMatch(/^dynagen: generated is up to date \(\d+ files\)\n$/);
  });

  test("--check fails on a stale tree, naming the file", async () => {
    await dynagen("generate");
    const file = join(project, "generated", "shop", "index.ts");
    await writeFile(file, `${await readFile(file, "utf8")}// drift\n`);
    const check = await dynagen("generate", "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toBe("stale: generated/shop/index.ts\ndynagen: generated is out of date with the schemas; run dynagen generate\n");
    await dynagen("generate");
  });

  test("a bad schema: only diagnostic lines, exit 1, no stack trace, output unchanged", async () => {
    await dynagen("generate");
    const before = await readTree(join(project, "generated"));
    const good = await readFile(join(project, "schemas", "shop.yaml"), "utf8");
    await writeFile(join(project, "schemas", "shop.yaml"), good.replace("customerId: string\n", "customerId: strng\n"));
    try {
      const result = await dynagen("generate");
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^schemas\/shop\.yaml:\d+:\d+: error: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await readTree(join(project, "generated"))).toEqual(before);
    } finally {
      await writeFile(join(project, "schemas", "shop.yaml"), good);
    }
  });

  test("usage errors: one line, exit 2", async () => {
    const result = await dynagen("generate", "--chek");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: 'dynagen: unknown option "--chek" for generate (usage: dynagen generate [--schemas schemas] [--out generated] [--check] [--typecheck-output])\n',
    });
  });

  test("validate", async () => {
    expect(await dynagen("validate")).toEqual({ code: 0, stdout: "dynagen: 1 schema file valid\n", stderr: "" });
  });
});
