// How model names become TypeScript names. One place, so every emitter agrees.

const WORDS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

function words(name: string): string[] {
  return name.match(WORDS) ?? [name];
}

/** `order-line`, `orderLine`, `OrderLine` → `OrderLine`. */
export function pascalCase(name: string): string {
  return words(name).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}

/** `OrderLine` → `orderLine`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** `OrderLine` → `ORDER_LINE`. */
export function constantCase(name: string): string {
  return words(name).map((w) => w.toUpperCase()).join("_");
}

/** `OrderLine` → `order-line` (entity file names). */
export function kebabCase(name: string): string {
  return words(name).map((w) => w.toLowerCase()).join("-");
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// Names a generated function uses for itself, plus words a local may not take.
const TAKEN = new Set([
  "item", "raw", "out", "path", "key", "input", "now", "v",
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
  "package", "private", "protected", "public", "await", "arguments", "eval", "undefined",
]);

/** `item.name`, or `item["odd-name"]` when the name is not an identifier. */
export function propertyAccess(object: string, name: string): string {
  return IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`;
}

/** A property name as written in an interface or object literal. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A local variable name for an attribute's value that cannot clash with the function's own. */
export function localName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, "_");
  const safe = /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
  return TAKEN.has(safe) ? `${safe}_` : safe;
}
