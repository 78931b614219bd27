/**
 * Where dynagen's client writes its log lines. `console` fits, and so do most logging
 * libraries (winston, bunyan, a pino child wrapped to take `(message, fields)`).
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Structured fields passed beside each line. `input` is present only with `logParams: true`. */
export interface LogFields {
  readonly operation: string;
  readonly table?: string | undefined;
  readonly attempt?: number;
  readonly attempts?: number;
  readonly durationMs?: number;
  readonly delayMs?: number | undefined;
  readonly errorName?: string;
  readonly input?: unknown;
}

/** The default logger: says nothing. */
export const silentLogger: Logger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
});
