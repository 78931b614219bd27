import type { Diagnostic, Schema } from "../model/index.js";
import { parseSchemaYaml, SourceMap } from "../parse/index.js";
import { loadSchema, type SchemaSource } from "./load-schema.js";
import { sortDiagnostics } from "./reporter.js";

/**
 * Loads every schema file and checks them against each other: two files may not share a stem
 * (output folder, factory name) or a table name. Diagnostics are sorted by file and position.
 *
 * @example const { schemas, diagnostics } = checkSources([{ path: "schemas/shop.yaml", text }]);
 */
export function checkSources(sources: readonly SchemaSource[]): { schemas: Schema[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const schemas: Schema[] = [];
  for (const source of sources) {
    const loaded = loadSchema(source);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.schema) schemas.push(loaded.schema);
  }
  diagnostics.push(...crossFileDiagnostics(sources, schemas));
  return { schemas, diagnostics: sortDiagnostics(diagnostics) };
}

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
