import { checkSources, type SchemaSource } from "./check/index.js";
import { withoutNoCheckPragma } from "./emit/header.js";
import { emitSchema } from "./emit/index.js";
import type { Diagnostic, Schema } from "./model/index.js";

/** Turns one checked schema into files keyed by path relative to the output folder. */
export type EmitFunction = (schema: Schema) => Map<string, string>;

export interface GenerateOptions {
  /**
   * Leave out the `// @ts-nocheck` line, so that the user's `tsc` checks the generated bodies too
   * (`dynagen generate --typecheck-output`). Off by default: dynagen's tests check them.
   */
  readonly typecheckOutput?: boolean;
}

export interface GenerateResult {
  /** Every output file, sorted by path; empty when there are diagnostics. */
  readonly files: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * The whole generator as a pure function: schema sources in, files out. Checks every file and
 * the files against each other (distinct stems and table names) before emitting anything.
 *
 * @example
 * const { files, diagnostics } = generate([{ path: "schemas/shop.yaml", text }]);
 * files.get("shop/index.ts");
 */
export function generate(sources: readonly SchemaSource[], options: GenerateOptions = {}): GenerateResult {
  if (options.typecheckOutput !== true) return generateWith(sources, emitSchema);
  return generateWith(sources, (schema) => new Map([...emitSchema(schema)].map(([path, text]) => [path, withoutNoCheckPragma(text)])));
}

/** `generate` with the emitter passed in, so the pipeline can be tested on its own. */
export function generateWith(sources: readonly SchemaSource[], emit: EmitFunction): GenerateResult {
  const { schemas, diagnostics } = checkSources(sources);
  if (diagnostics.length > 0) return { files: new Map(), diagnostics };
  const merged = new Map<string, string>();
  for (const schema of schemas) {
    for (const [path, text] of emit(schema)) {
      if (merged.has(path)) throw new Error(`two schemas produced the file ${path}`);
      merged.set(path, text);
    }
  }
  const files = new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files, diagnostics: [] };
}
