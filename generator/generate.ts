import { loadSchema, sortDiagnostics, type SchemaSource } from "./check/index.js";
import { emitSchema } from "./emit/index.js";
import type { Diagnostic, Schema } from "./model/index.js";
import { parseSchemaYaml, SourceMap } from "./parse/index.js";

/** Turns one checked schema into files keyed by path relative to the output folder. */
export type EmitFunction = (schema: Schema) => Map<string, string>;

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
export function generate(sources: readonly SchemaSource[]): GenerateResult {
  return generateWith(sources, emitSchema);
}

/** `generate` with the emitter passed in, so the pipeline can be tested on its own. */
export function generateWith(sources: readonly SchemaSource[], emit: EmitFunction): GenerateResult {
  const diagnostics: Diagnostic[] = [];
  const schemas: Schema[] = [];
  for (const source of sources) {
    const loaded = loadSchema(source);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.schema) schemas.push(loaded.schema);
  }
  diagnostics.push(...crossFileDiagnostics(sources, schemas));
  if (diagnostics.length > 0) return { files: new Map(), diagnostics: sortDiagnostics(diagnostics) };

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

/** Two files may not share a stem (output folder, factory name) or a table name. */
function crossFileDiagnostics(sources: readonly SchemaSource[], schemas: readonly Schema[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byStem = new Map<string, Schema>();
  const byTable = new Map<string, Schema>();
  for (const schema of schemas) {
    const sameStem = byStem.get(schema.stem.toLowerCase());
    if (sameStem) {
      found.push({ file: schema.source, line: 1, col: 1, message: `schema ${schema.source} has the same name as ${sameStem.source}: both would generate ${schema.stem}/` });
    } else byStem.set(schema.stem.toLowerCase(), schema);
    const sameTable = byTable.get(schema.table.name);
    if (sameTable) {
      const at = tableNamePosition(sources.find((s) => s.path === schema.source));
      found.push({ file: schema.source, ...at, message: `table name "${schema.table.name}" is also the table of ${sameTable.source}; each schema file describes its own table` });
    } else byTable.set(schema.table.name, schema);
  }
  return found;
}

function tableNamePosition(source: SchemaSource | undefined): { line: number; col: number } {
  const parsed = source && parseSchemaYaml(source).parsed;
  return parsed ? new SourceMap(parsed).position(["table", "name"]) : { line: 1, col: 1 };
}
