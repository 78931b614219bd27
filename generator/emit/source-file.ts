import { printStructure, StructureKind, type StatementStructures } from "ts-morph";
import type { Schema } from "../model/index.js";
import { fileHeader } from "./header.js";
import { reindent } from "./reindent.js";

const PRINT_OPTIONS = { indentNumberOfSpaces: 2 } as const;

/** The statements of one emitted file, in order, as ts-morph structures (or raw statement text). */
export type Statements = (StatementStructures | string)[];

/**
 * Prints a file's statements in one go (no parse, no language service) and returns the text with
 * the generated-file header on top.
 */
export function printFile(schema: Schema, statements: Statements): string {
  // Imports, then re-exports, then the rest, each group set off by a blank line.
  const kindOf = (s: Statements[number]) => (typeof s === "string" ? undefined : s.kind);
  const groups = [
    statements.filter((s) => kindOf(s) === StructureKind.ImportDeclaration),
    statements.filter((s) => kindOf(s) === StructureKind.ExportDeclaration),
    statements.filter((s) => kindOf(s) !== StructureKind.ImportDeclaration && kindOf(s) !== StructureKind.ExportDeclaration),
  ].filter((group) => group.length > 0);
  const text = groups.map((group) => `${printStructure({ kind: StructureKind.SourceFile, statements: group }, PRINT_OPTIONS).trimEnd()}\n`).join("\n");
  return `${fileHeader(schema)}\n${reindent(text)}`;
}
