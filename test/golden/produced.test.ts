import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { withoutNoCheckPragma } from "../../generator/emit/header.js";
import { generate } from "../../generator/generate.js";

// Golden cases that must be produced: every folder here whose name does not start with `reject-`.
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const cases = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith("reject-") && existsSync(join(here, d.name, "schema.yaml")))
  .map((d) => d.name)
  .sort();

/** Output of one case, keyed by absolute path of its expected file (`<case>/expected/<file>`). */
function produce(name: string): Map<string, string> {
  const text = readFileSync(join(here, name, "schema.yaml"), "utf8");
  const { files, diagnostics } = generate([{ path: `schemas/${name}.yaml`, text }]);
  expect(diagnostics).toEqual([]);
  const out = new Map<string, string>();
  for (const [path, content] of files) out.set(join(here, name, "expected", path.slice(path.indexOf("/") + 1)), content);
  return out;
}

const produced = new Map(cases.map((name) => [name, produce(name)]));

describe("produced golden cases", () => {
  test("there are at least 8 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    test(`${name} matches expected/`, async () => {
      const files = produced.get(name)!;
      expect(files.size).toBeGreaterThan(2);
      for (const [path, content] of files) await expect(content).toMatchFileSnapshot(path);
    });
  }

  test("generating twice gives the same bytes", () => {
    const again = produce(cases[0]!);
    expect([...again]).toEqual([...produced.get(cases[0]!)!]);
  });

  test("every produced file, bodies included (no @ts-nocheck line), compiles under strict against runtime/", () => {
    const virtual = new Map<string, string>();
    for (const files of produced.values()) for (const [path, content] of files) virtual.set(path, withoutNoCheckPragma(content));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
      typeRoots: [join(repo, "node_modules/@types")],
      paths: { "dynagen/runtime": [join(repo, "runtime/index.ts")] },
    };
    const host = ts.createCompilerHost(options);
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    const directoryExists = host.directoryExists?.bind(host);
    host.fileExists = (f) => virtual.has(f) || fileExists(f);
    host.directoryExists = (d) => [...virtual.keys()].some((f) => f.startsWith(`${d}/`)) || (directoryExists?.(d) ?? true);
    host.readFile = (f) => virtual.get(f) ?? readFile(f);
    host.getSourceFile = (f, language, onError) => {
      const text = virtual.get(f);
      return text === undefined ? getSourceFile(f, language, onError) : ts.createSourceFile(f, text, language);
    };
    const program = ts.createProgram([...virtual.keys()], options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => !d.file || d.file.fileName.startsWith(here));
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => repo, getNewLine: () => "\n" });
    expect(text).toBe("");
  });
});
