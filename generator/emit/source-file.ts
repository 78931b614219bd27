import type { StatementStructures } from "ts-morph";
import { printStructure, StructureKind } from "./structures.js";
import type { Schema } from "../model/index.js";
import { fileHeader, NO_CHECK_PRAGMA } from "./header.js";
import { reindent } from "./reindent.js";

const PRINT_OPTIONS = { indentNumberOfSpaces: 2 } as const;

/** The statements of one emitted file, in order, as ts-morph structures (or raw statement text). */
export type Statements = (StatementStructures | string)[];

/**
 * Prints a file's statements in one go (no parse, no language service) and returns the text with
 * the generated-file header and the `@ts-nocheck` line on top.
 */
export function printFile(schema: Schema, statements: Statements): string {
  // Imports, then re-exports, then the rest, each group set off by a blank line.
  const kindOf = (s: Statements[number]) => (typeof s === "string" ? undefined : s.kind);
  const groups = [
    statements.filter((s) => kindOf(s) === StructureKind.ImportDeclaration),
    statements.filter((s) => kindOf(s) === StructureKind.ExportDeclaration),
    statements.filter((s) => kindOf(s) !== StructureKind.ImportDeclaration && kindOf(s) !== StructureKind.ExportDeclaration),
  ].filter((group) => group.length > 0);
  const bodies: string[] = [];
  const printed = groups.map((group) => `${printStructure({ kind: StructureKind.SourceFile, statements: group.map((st) => withPlaceholders(st, bodies)) }, PRINT_OPTIONS).trimEnd()}\n`);
  const text = printed.join("\n").replace(PLACEHOLDER, (_, i: string) => bodies[Number(i)]!);
  return `${fileHeader(schema)}\n${NO_CHECK_PRAGMA}\n${reindent(text)}`;
}

// Function bodies and initializers, most of a file's text, bypass the printer: its writer scans
// every character written (printing was most of a generate run). The printer lays out the
// declarations and their docs around a placeholder; the text is spliced in and re-indented.
const PLACEHOLDER = /__dynagen_text_(\d+)__/g;

function withPlaceholders(statement: Statements[number], bodies: string[]): Statements[number] {
  const hold = (text: string) => `__dynagen_text_${bodies.push(text) - 1}__`;
  if (typeof statement === "string") return statement;
  if (statement.kind === StructureKind.Function && typeof statement.statements === "string") return { ...statement, statements: hold(statement.statements) };
  if (statement.kind === StructureKind.VariableStatement) {
    return { ...statement, declarations: statement.declarations.map((d) => (typeof d.initializer === "string" ? { ...d, initializer: hold(d.initializer) } : d)) };
  }
  return statement;
}
