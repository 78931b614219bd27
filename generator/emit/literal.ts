// Object literals and object types as emitted text: one member per line when there are many.

/** `{ a: 1, b: 2 }`, or one field per line when there are more than three or one spans lines. */
export function objectText(fields: readonly string[]): string {
  if (fields.length === 0) return "{}";
  return fields.length > 3 || fields.some((f) => f.includes("\n")) ? `{\n${fields.join(",\n")},\n}` : `{ ${fields.join(", ")} }`;
}

/** `{ a?: string; b?: number }`, or one member per line when there are more than three. */
export function objectTypeText(members: readonly string[]): string {
  if (members.length === 0) return "{}";
  return members.length > 3 ? `{\n${members.join(";\n")};\n}` : `{ ${members.join("; ")} }`;
}

/** A JSON value on one line, spaced as a formatter would: `{ "theme": "dark" }`, `["a", "b"]`. */
export function inlineValueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineValueText).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineValueText(v)}`);
    return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
  }
  return JSON.stringify(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON-like value as a TypeScript literal, object keys bare when they are identifiers. */
export function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[\n${value.map(valueText).join(",\n")},\n]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.keys(value).map((k) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${valueText((value as Record<string, unknown>)[k])}`);
    return fields.length === 0 ? "{}" : `{\n${fields.join(",\n")},\n}`;
  }
  return JSON.stringify(value);
}
