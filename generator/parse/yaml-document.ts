import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import type { Diagnostic } from "../model/index.js";

/** A schema file's YAML, with what is needed to point back into the text. */
export interface ParsedYaml {
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly text: string;
}

/** Largest schema file accepted; a schema this size is already far beyond any real table. */
export const MAX_SCHEMA_BYTES = 1_000_000;
/** Alias expansions allowed per document, so a "billion laughs" file fails fast. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses schema YAML keeping source positions. Syntax errors, empty files, oversized files and
 * documents that are not a mapping come back as diagnostics.
 *
 * @example parseSchemaYaml({ path: "schemas/shop.yaml", text: "version: 1\n" })
 */
export function parseSchemaYaml(source: { path: string; text: string }): {
  parsed?: ParsedYaml;
  diagnostics: Diagnostic[];
} {
  const at = (line: number, col: number, message: string): Diagnostic => ({ file: source.path, line, col, message });
  if (source.text.length > MAX_SCHEMA_BYTES) {
    return { diagnostics: [at(1, 1, `schema file is larger than ${MAX_SCHEMA_BYTES} characters`)] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [...document.errors];
  if (problems.length > 0) {
    return {
      diagnostics: problems.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return at(pos.line, pos.col, `YAML: ${firstLine(e.message)}`);
      }),
    };
  }
  if (document.contents === null) return { diagnostics: [at(1, 1, "schema file is empty")] };
  if (!isMap(document.contents)) {
    const pos = lineCounter.linePos(document.contents.range?.[0] ?? 0);
    return { diagnostics: [at(pos.line, pos.col, "schema must be a mapping (version, table, entities...)")] };
  }
  try {
    // Expands aliases once, under the limit, so later stages never meet a bomb.
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { diagnostics: [at(1, 1, `YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`)] };
  }
  return { parsed: { document, lineCounter, text: source.text }, diagnostics: [] };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
