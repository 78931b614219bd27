/** What a table cell says for a column whose library part does not exist yet. */
export const NOT_BUILT = "n/a (not built yet)";

/** A duration in the unit that keeps three significant digits readable. */
export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns)) return "-";
  if (ns < 1_000) return `${ns.toFixed(0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(ns < 10_000 ? 2 : 1)} µs`;
  if (ns < 1_000_000_000) return `${(ns / 1_000_000).toFixed(ns < 10_000_000 ? 2 : 1)} ms`;
  return `${(ns / 1_000_000_000).toFixed(2)} s`;
}

export function formatRatio(value: number, baseline: number): string {
  return Number.isFinite(value) && Number.isFinite(baseline) && baseline > 0 ? `${(value / baseline).toFixed(2)}x` : "-";
}

/** `412 µs (1.00x)`: the value and its ratio to the row's baseline. */
export function durationCell(ns: number | undefined, baselineNs: number | undefined): string {
  if (ns === undefined) return NOT_BUILT;
  return `${formatDuration(ns)} (${formatRatio(ns, baselineNs ?? Number.NaN)})`;
}

/** `412 µs (1.03x)`: a median time and a ratio measured with it (a paired ratio, see `timeSideBySide`). */
export function timedCell(ns: number | undefined, ratio: number | undefined): string {
  if (ns === undefined || ratio === undefined) return NOT_BUILT;
  return `${formatDuration(ns)} (${Number.isFinite(ratio) ? ratio.toFixed(2) : "-"}x)`;
}

/** Renders rows as a fixed-width text table with a title line and a header rule. */
export function renderTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [title, line(header), rule, ...rows.map(line)].join("\n");
}
