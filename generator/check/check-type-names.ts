import type { AttributeType, Collection, Entity } from "../model/index.js";
import type { DocumentPath } from "../parse/index.js";
import { describePath } from "./describe-path.js";
import type { Reporter } from "./reporter.js";

// The emitters' naming, restated here because checks do not import emitters; check-type-names.test.ts
// compares these names with the types the emitters actually write.
const WORDS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
const pascalCase = (name: string) => (name.match(WORDS) ?? [name]).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");

/** Suffixes of the other types generated once per entity (`OrderRefs`, `OrderPutOperation`...). */
const ENTITY_SUFFIXES = [
  "Refs", "Queries", "Repository", "Transaction", "PutOperation", "GetOperation", "ProjectionOperation",
  "UpdateOperation", "DeleteOperation", "QueryOperation", "ScanOperation", "Page", "BatchGet",
];

/** Suffixes of the types `index.ts` declares for the schema (`Shop`, `ShopOptions`...), after the file stem. */
const SCHEMA_SUFFIXES = ["", "Options", "Collections", "Transaction", "Table"];

/** The entity's key, create and update types: `checkEntityNames` already reports an entity named so. */
const NAME_CHECK_SUFFIXES = ["Key", "Create", "Update"];

/** One generated type name and what it is generated for (`path` absent for the schema's own types). */
export interface GeneratedTypeName {
  readonly name: string;
  readonly what: string;
  readonly path?: DocumentPath;
  /** `entity`: an entity's own name; `keyCreateUpdate`: its `…Key`, `…Create` or `…Update` type. */
  readonly kind?: "entity" | "keyCreateUpdate";
}

/**
 * Every exported type name the emitters write for one schema: per entity its item, key, create,
 * update, refs, repository, query and operation types and one type per nested map; per collection
 * its page and key; the schema's factory types. All share one namespace: `index.ts` re-exports
 * every entity module and imports the collection types beside its own.
 */
export function generatedTypeNames(stem: string, entities: readonly Entity[], collections: readonly Collection[]): GeneratedTypeName[] {
  const names: GeneratedTypeName[] = [];
  const push = (name: string, owner: string, path?: DocumentPath, kind?: GeneratedTypeName["kind"]) =>
    names.push({ name, what: `the type ${name} generated for ${owner}`, ...(path ? { path } : {}), ...(kind ? { kind } : {}) });
  for (const entity of entities) {
    const E = entity.name;
    const at: DocumentPath = ["entities", E];
    names.push({ name: E, what: `entity ${E}`, path: at, kind: "entity" });
    for (const suffix of NAME_CHECK_SUFFIXES) push(`${E}${suffix}`, `entity ${E}`, at, "keyCreateUpdate");
    for (const suffix of ENTITY_SUFFIXES) push(`${E}${suffix}`, `entity ${E}`, at);
    for (const suffix of ["Query", "Sort"]) push(`${E}Primary${suffix}`, `the key of ${E}`, [...at, "key"]);
    for (const index of entity.indexes) {
      const path = [...at, "indexes", index.name];
      for (const suffix of ["Key", "Query", "Sort"]) push(`${E}${pascalCase(index.name)}${suffix}`, describePath(path), path);
    }
  }
  for (const collection of collections) {
    for (const suffix of ["Page", "Key"]) push(`${pascalCase(collection.name)}${suffix}`, `collection ${collection.name}`, ["collections", collection.name]);
  }
  for (const suffix of SCHEMA_SUFFIXES) push(`${pascalCase(stem)}${suffix}`, `schema file ${stem} (index.ts)`);
  // Nested types last, so a clash with an entity-level type is reported at the attribute.
  for (const entity of entities) {
    for (const a of entity.attributes) nestedNames(a.type, entity.name + pascalCase(a.name), ["entities", entity.name, "attributes", a.name], push);
  }
  return names;
}

/** The type of a map at `path` (an attribute, or a list's elements under `of`) and of the maps inside it. */
function nestedNames(type: AttributeType, name: string, path: DocumentPath, push: (name: string, owner: string, path: DocumentPath) => void): void {
  if (type.kind === "list") nestedNames(type.of, `${name}Item`, [...path, "of"], push);
  if (type.kind !== "map") return;
  push(name, describePath(path), path);
  for (const a of type.attributes) nestedNames(a.type, name + pascalCase(a.name), [...path, "attributes", a.name], push);
}

/**
 * Reports every type name two things of a schema would both generate: TypeScript merges two
 * interfaces of one name in a file, and `index.ts` cannot re-export both. Reported at the later one.
 *
 * @example
 * checkTypeNames("shop", entities, collections, reporter) // a map `line` in Order gives OrderLine, also an entity
 */
export function checkTypeNames(stem: string, entities: readonly Entity[], collections: readonly Collection[], reporter: Reporter): void {
  const first = new Map<string, GeneratedTypeName>();
  for (const later of generatedTypeNames(stem, entities, collections)) {
    const earlier = first.get(later.name);
    if (earlier === undefined) first.set(later.name, later);
    else if (!reportedByNameCheck(earlier, later)) {
      const [at, other] = later.path ? [later, earlier] : [earlier, later];
      const message = `${at.what} clashes with ${other.what}; rename one of them`;
      if (at.path) reporter.error(at.path, message, "key");
      else reporter.errorInFile(message);
    }
  }
}

/** An entity named like another's key, create or update type (`OrderKey`) is `checkEntityNames`'s to report. */
function reportedByNameCheck(a: GeneratedTypeName, b: GeneratedTypeName): boolean {
  return (a.kind === "entity" && b.kind === "keyCreateUpdate") || (a.kind === "keyCreateUpdate" && b.kind === "entity");
}
