/** A problem found in a schema, positioned in its source. Returned, never printed, by the core. */
export interface Diagnostic {
  /** Path of the schema file as given (relative to the working folder when possible). */
  readonly file: string;
  /** 1-based line and column. */
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** `schemas/shop.yaml:31:22: error: message` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: error: ${d.message}`;
}
