import type { Schema } from "../model/index.js";
import { fileHeader, NO_CHECK_PRAGMA } from "./header.js";
import { reindent } from "./reindent.js";
import { printStatements, StructureKind, type StatementStructure } from "./structures.js";

/** The statements of one emitted file, in order, as structures (or raw statement text). */
export type Statements = (StatementStructure | string)[];

/** Prints a file's statements and returns the text with the generated-file header and the `@ts-nocheck` line on top. */
export function printFile(schema: Schema, statements: Statements): string {
  // Imports, then re-exports, then the rest, each group set off by a blank line.
  const kindOf = (s: Statements[number]) => (typeof s === "string" ? undefined : s.kind);
  const groups = [
    statements.filter((s) => kindOf(s) === StructureKind.ImportDeclaration),
    statements.filter((s) => kindOf(s) === StructureKind.ExportDeclaration),
    statements.filter((s) => kindOf(s) !== StructureKind.ImportDeclaration && kindOf(s) !== StructureKind.ExportDeclaration),
  ].filter((group) => group.length > 0);
  const text = groups.map(printStatements).join("\n");
  return `${fileHeader(schema)}\n${NO_CHECK_PRAGMA}\n${reindent(text)}`;
}
