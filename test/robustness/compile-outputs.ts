import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";
import { withoutNoCheckPragma } from "../../generator/emit/header.js";
import { REPO_ROOT } from "./run-cli.js";

/** One generator run's files, keyed by path relative to its output folder. */
export interface OutputCase {
  readonly id: string;
  readonly files: ReadonlyMap<string, string>;
}

/** The repository's compiler settings (strict...), with `dynagen/runtime` pointed at runtime/index.ts. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(REPO_ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO_ROOT);
  return { ...parsed.options, noEmit: true, paths: { "dynagen/runtime": [join(REPO_ROOT, "runtime", "index.ts")] } };
}

/**
 * Writes every case under `root/<id>/` without its `@ts-nocheck` line (so that the bodies are
 * checked, as `generate --typecheck-output` would write them) and type-checks them all in one program. Returns the
 * error messages per case id (only errors located in a case's own files; an empty list
 * means the case compiles).
 */
export function compileOutputs(root: string, cases: readonly OutputCase[]): Map<string, string[]> {
  const rootNames: string[] = [];
  for (const c of cases) {
    for (const [path, text] of c.files) {
      const file = join(root, c.id, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, withoutNoCheckPragma(text));
      if (file.endsWith(".ts")) rootNames.push(file);
    }
  }
  const program = ts.createProgram({ rootNames, options: compilerOptions() });
  const errors = new Map<string, string[]>(cases.map((c) => [c.id, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file) continue;
    const rel = relative(root, d.file.fileName);
    if (rel.startsWith("..")) continue; // the runtime's own problems are its tests' business
    const id = rel.split(sep)[0] ?? "";
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    errors.get(id)?.push(`${rel}:${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  return errors;
}
