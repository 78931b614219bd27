/** How a schema change affects stored items, deployed tables and code written against the old schema. */
export type ChangeSeverity = "breaking" | "safe";

/** One difference between two versions of a schema file, classified, with the reason. */
export interface SchemaChange {
  readonly severity: ChangeSeverity;
  /** Stem of the schema file (`shop`). */
  readonly schema: string;
  /** What changed: `table`, `table index gsi1`, `Order`, `Order.status`, `Order key`, `collection overview`; empty for the whole file. */
  readonly subject: string;
  /** What happened and why it is (or is not) breaking. */
  readonly reason: string;
}

/**
 * One line per change, as `dynagen diff` prints it.
 *
 * @example formatChange(c) // 'breaking: shop Order.status: enum value "cancelled" removed (stored items may hold it)'
 */
export function formatChange(change: SchemaChange): string {
  const where = change.subject === "" ? change.schema : `${change.schema} ${change.subject}`;
  return `${change.severity}: ${where}: ${change.reason}`;
}

/** Breaking changes first, then by schema, subject and reason: the same input always prints the same lines. */
export function sortChanges(changes: readonly SchemaChange[]): SchemaChange[] {
  const rank = (c: SchemaChange) => (c.severity === "breaking" ? 0 : 1);
  return [...changes].sort((a, b) => rank(a) - rank(b) || compare(a.schema, b.schema) || compare(a.subject, b.subject) || compare(a.reason, b.reason));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collects the changes of one schema file. */
export class ChangeLog {
  readonly changes: SchemaChange[] = [];

  constructor(private readonly schema: string) {}

  breaking(subject: string, reason: string): void {
    this.changes.push({ severity: "breaking", schema: this.schema, subject, reason });
  }

  safe(subject: string, reason: string): void {
    this.changes.push({ severity: "safe", schema: this.schema, subject, reason });
  }
}

/** `"a"`, or `none` for an absent value: how old and new values appear in reasons. */
export function shown(value: string | number | undefined): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
