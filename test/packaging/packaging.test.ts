import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localClient, localEndpoint, uniqueTableName } from "../dynamodb-local/client.js";
import { installTarball, packProject, REPO, TSC, type Packed } from "./pack-project.js";
import { APP_TSCONFIG, NOTES_SCHEMA, repositoryScript } from "./smoke-app.js";

const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "dynagen-pack-"));
const tableName = uniqueTableName("pack");
let packed: Packed;

beforeAll(async () => {
  packed = await packProject(join(root, "stage"), join(root, "tarball"));
}, 240_000);

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  const client = localClient();
  await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  client.destroy();
});

describe("npm pack", () => {
  it("holds what a user needs: the bin, the compiled runtime with types, the compiled CLI, the schema language, README, package.json", () => {
    for (const path of ["package.json", "README.md", "bin/dynagen.js", "dist/runtime/index.js", "dist/runtime/index.d.ts", "dist/generator/cli/main.js", "generator/schema-language.json"]) {
      expect(packed.files).toContain(path);
    }
  });

  it("holds nothing else: no sources, tests, benchmarks, example output or source maps", () => {
    const allowed = /^(package\.json|README\.md|bin\/dynagen\.js|generator\/schema-language\.json|dist\/(runtime|generator)\/.+\.(js|d\.ts|json))$/;
    expect(packed.files.filter((path) => !allowed.test(path))).toEqual([]);
    expect(packed.files.filter((path) => /(^|\/)test|\.test\.|bench|generated\/|\.map$/.test(path))).toEqual([]);
  });
});

describe("a fresh project using the packed dynagen", () => {
  const app = join(root, "app");

  it("installs it, generates from a schema, type-checks under strict NodeNext and writes and reads DynamoDB Local", async () => {
    mkdirSync(join(app, "schemas"), { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "dynagen-smoke", private: true, type: "module" }));
    writeFileSync(join(app, "schemas", "notes.yaml"), NOTES_SCHEMA);
    await installTarball(app, packed.tarball);
    const installed = JSON.parse(readFileSync(join(app, "node_modules", "dynagen", "package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe((JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version);

    const generated = await exec(process.execPath, [join(app, "node_modules", ".bin", "dynagen"), "generate"], { cwd: app });
    expect(generated.stdout).toMatch(/^dynagen: wrote \d+ files to generated\n$/);
    expect(readFileSync(join(app, "generated", "notes", "index.ts"), "utf8")).toMatch(/from "dynagen\/runtime"/);
    writeFileSync(join(app, "main.ts"), repositoryScript(localEndpoint(), tableName));
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify(APP_TSCONFIG));

    const compiled = await exec(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: app }).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
    expect(compiled.stdout).toBe("");
    expect(compiled).not.toHaveProperty("failed");

    const ran = await exec(process.execPath, ["out/main.js"], { cwd: app });
    expect(JSON.parse(ran.stdout)).toMatchObject({ noteId: "n1", text: "hello", stars: 0 });
  }, 180_000);
});
