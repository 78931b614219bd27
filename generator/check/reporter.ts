import type { Diagnostic } from "../model/index.js";
import type { DocumentPath, SourceMap } from "../parse/index.js";

/** Collects a file's diagnostics, positioned through the source map. */
export class Reporter {
  private readonly found: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    readonly sourceMap: SourceMap,
  ) {}

  /** Reports at the value of `path`, or at its key with `at: "key"`. */
  error(path: DocumentPath, message: string, at: "key" | "value" = "value"): void {
    this.found.push({ file: this.file, ...this.sourceMap.position(path, at), message });
  }

  /** Reports at character `index` of the string scalar at `path`. */
  errorInScalar(path: DocumentPath, index: number, message: string): void {
    this.found.push({ file: this.file, ...this.sourceMap.positionInScalar(path, index), message });
  }

  /** Reports about the file as a whole, at 1:1. */
  errorInFile(message: string): void {
    this.found.push({ file: this.file, line: 1, col: 1, message });
  }

  get count(): number {
    return this.found.length;
  }

  /** Everything reported so far, sorted by line, then column, then message. */
  sorted(): Diagnostic[] {
    return sortDiagnostics(this.found);
  }
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}
