import { IndentationText, Project, QuoteKind, type SourceFile } from "ts-morph";
import type { Schema } from "../model/index.js";
import { fileHeader } from "./header.js";

/** An in-memory ts-morph project for one emit run: no file system is read or written. */
export function createEmitProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double, useTrailingCommas: true },
    compilerOptions: { strict: true },
  });
}

/** Formats a built file and returns its text with the generated-file header on top. */
export function finishFile(schema: Schema, file: SourceFile): string {
  file.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  return `${fileHeader(schema)}\n${file.getFullText()}`;
}
