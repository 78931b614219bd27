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

// The generated marshallers' own locals and parameters: `size` is the item's size bound,
// `(item, path, index)` a nested map's parameters, `elementPath` the helper that builds its path.
const OWN_NAMES = ["item", "raw", "out", "path", "key", "input", "now", "v", "size", "index", "elementPath"];

/** Every value the emitters import from `dynagen/runtime` (runtime-imports.test.ts checks the emitters against it). */
export const RUNTIME_VALUES = [
  "aboveMax", "attributeValueSize", "badDatetime", "badNumber", "belowMin", "binarySetValues", "checkItemSize",
  "CollectionOperation", "createTable", "currentTime", "DATETIME_PATTERN", "deleteTable", "describeTable", "emptySet",
  "EntityRepository", "entityRefs", "EntityTransaction", "keyInteger", "keyString", "marshalJson", "MAX_ITEM_BYTES",
  "notInEnum", "notInteger", "numberSetValues", "NumberValue", "patternMismatch", "preciseNumber", "readCollection",
  "readNumber", "readNumberSet", "readNumberValue", "RepositoryBatchWriter", "required", "runTransaction",
  "stringSetValues", "tooLong", "tooShort", "unmarshalJson", "wrongType",
];

/** Globals generated code calls (`String(n)`, `Number.isFinite`, `new Array(n)`...), and a few more a body could. */
const GLOBALS = [
  "Array", "BigInt", "Boolean", "Buffer", "Date", "Error", "Infinity", "JSON", "Map", "Math", "NaN", "Number", "Object",
  "Promise", "RegExp", "Set", "String", "Symbol", "TypeError", "Uint8Array", "globalThis",
];

const KEYWORDS = [
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
  "package", "private", "protected", "public", "await", "arguments", "eval", "undefined",
];

const TAKEN = new Set([...OWN_NAMES, ...RUNTIME_VALUES, ...GLOBALS, ...KEYWORDS]);

/**
 * Module-level names generated per schema, by shape: temporaries from `freshLocal` (`l1`, `i1`,
 * `e1`, `s2`, `w3`...), nested map marshallers (`marshalOrderAddress`), key renderers
 * (`orderByStatusSort`), and module constants (`ORDER_STATUS_VALUES`, `USER_EMAIL_PATTERN`).
 */
const GENERATED = [/^[a-z][0-9]+$/, /^marshal[A-Z]/, /.(Partition|Sort)$/, /_(PATTERN|VALUES)$/];

/** `item.name`, or `item["odd-name"]` when the name is not an identifier. */
export function propertyAccess(object: string, name: string): string {
  return IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`;
}

/** A property name as written in an interface or object literal. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * A local variable name for an attribute's value that cannot clash with the function's own names,
 * the runtime helpers and globals it calls, or another attribute's local. No generated name ends
 * in "_", so a taken name gets one; a name already ending in "_" gets another, so `size` (→
 * `size_`) and `size_` (→ `size__`) stay apart.
 */
export function localName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, "_");
  const safe = /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
  const taken = TAKEN.has(safe) || safe.endsWith("_") || GENERATED.some((pattern) => pattern.test(safe));
  return taken ? `${safe}_` : safe;
}
