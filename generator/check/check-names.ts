import type { DocumentPath } from "../parse/index.js";
import type { Reporter } from "./reporter.js";

const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const MEMBER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Property names that would change an object's prototype or constructor in generated code. */
const RESERVED_PROPERTIES = new Set(["__proto__", "constructor", "prototype"]);

/** Members of the object `createShop` returns, and the generated files `table.ts` and `index.ts`. */
const RESERVED_MEMBERS = new Set(["collections", "batchWriter", "transact", "table", "index"]);

/** Global types a generated interface would shadow inside its file. */
const GLOBAL_TYPES = new Set([
  "Array", "BigInt", "Boolean", "Date", "Error", "Function", "JSON", "Map", "Math", "Number", "NumberValue",
  "Object", "Omit", "Partial", "Pick", "Promise", "Readonly", "Record", "RegExp", "Required", "Set", "String",
  "Symbol", "Uint8Array",
]);

/**
 * Types and classes generated files import from `dynagen/runtime`: an entity of that name would
 * clash with the import. generator/emit/runtime-imports.test.ts checks the emitters against it.
 */
export const RUNTIME_TYPES: ReadonlySet<string> = new Set([
  "AttributeRef", "AttributeValue", "AwaitableOperation", "BatchGetItems", "BatchWriterOptions", "CollectionDescriptor",
  "CollectionOperation", "CollectionOptions", "ConditionCallback", "DeleteItemCommandInput", "DeleteOptions",
  "EntityDescriptor", "EntityRepository", "EntityTransaction", "GetItemCommandInput", "ListRef", "NumberValue", "Page",
  "PagedOperation", "PutItemCommandInput", "PutOptions", "QueryCommandInput", "QueryIndex", "QueryOptions",
  "RepositoryBatchWriter", "ScanCommandInput", "ScanOptions", "SetRef", "SizedRef", "SortCondition", "StringRef",
  "TableContext", "TableInfo", "TransactAction", "UpdateItemCommandInput", "UpdateOptions",
]);

/** Words that cannot name a variable (entity names become camelCase variables and properties). */
const RESERVED_WORDS = new Set([
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
  "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in",
  "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public", "return", "static",
  "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
]);

/** Suffixes of the types generated for each entity (`Customer`, `CustomerKey`...). */
const TYPE_SUFFIXES = ["Key", "Create", "Update"];

export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Attribute names become TypeScript property names. */
export function checkAttributeName(name: string, path: DocumentPath, what: string, reporter: Reporter): void {
  if (!ATTRIBUTE_NAME.test(name)) {
    reporter.error(path, `${what} is not a valid name: use letters, digits and "_", not starting with a digit`, "key");
  } else if (RESERVED_PROPERTIES.has(name)) {
    reporter.error(path, `${what} uses the reserved name "${name}"`, "key");
  }
}

/** Entity names become type names, file names and camelCase repository properties. */
export function checkEntityNames(names: readonly string[], reporter: Reporter): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const path = ["entities", name];
    const problem = entityNameProblem(name);
    if (problem) reporter.error(path, `entity name "${name}" ${problem}`, "key");
    const previous = seen.get(name.toLowerCase());
    if (previous) reporter.error(path, `entity ${name} clashes with entity ${previous}: names that differ only in case give the same file and property`, "key");
    else seen.set(name.toLowerCase(), name);
    for (const suffix of TYPE_SUFFIXES) {
      const base = name.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined;
      if (base && names.includes(base)) {
        reporter.error(path, `entity ${name} clashes with the type ${name} generated for entity ${base}; rename one of them`, "key");
      }
    }
  }
}

function entityNameProblem(name: string): string | undefined {
  if (!TYPE_NAME.test(name)) return "must be letters and digits starting with an upper-case letter (PascalCase)";
  if (GLOBAL_TYPES.has(name)) return "would hide the built-in type of that name in generated code";
  if (RUNTIME_TYPES.has(name)) return "is reserved: generated code imports a type of that name from dynagen/runtime";
  const member = camelCase(name);
  if (RESERVED_MEMBERS.has(member)) return `is reserved: "${member}" is already a member of the generated factory or a generated file`;
  if (RESERVED_WORDS.has(member)) return `is reserved: "${member}" is a JavaScript keyword`;
  return undefined;
}

/** Access-pattern names become `query.<name>` methods; `primary` is the table key's. */
export function checkMemberName(name: string, path: DocumentPath, what: string, reporter: Reporter): boolean {
  if (!MEMBER_NAME.test(name)) {
    reporter.error(path, `${what} is not a valid name: use letters and digits, starting with a letter`, "key");
    return false;
  }
  if (RESERVED_PROPERTIES.has(name) || RESERVED_WORDS.has(name)) {
    reporter.error(path, `${what} uses the reserved name "${name}"`, "key");
    return false;
  }
  return true;
}
