import { createHash } from "node:crypto";
import { freezeModel, type Diagnostic, type Schema } from "../model/index.js";
import { parseSchemaYaml, SourceMap } from "../parse/index.js";
import { buildCollections } from "./build-collections.js";
import { buildEntity } from "./build-entity.js";
import { buildTable } from "./build-table.js";
import { checkPrimaryKeyOverlap } from "./check-key-overlap.js";
import { checkEntityNames } from "./check-names.js";
import { checkTtl } from "./check-ttl.js";
import { checkTypeNames } from "./check-type-names.js";
import { validateLanguage } from "./language-validation.js";
import type { RawSchema } from "./raw-schema.js";
import { Reporter } from "./reporter.js";

/** A schema file handed to the generator. `path` is how it appears in messages and headers (forward slashes). */
export interface SchemaSource {
  readonly path: string;
  readonly text: string;
}

/**
 * Parses, validates and checks one schema file and builds its frozen model. Every problem in the
 * file is reported, sorted by position; `schema` is present only when there are none.
 *
 * @example
 * const { schema, diagnostics } = loadSchema({ path: "schemas/shop.yaml", text });
 * for (const d of diagnostics) console.error(formatDiagnostic(d));
 */
export function loadSchema(source: SchemaSource): { schema?: Schema; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseSchemaYaml(source);
  if (!parsed) return { diagnostics };
  const reporter = new Reporter(source.path, new SourceMap(parsed));
  const data: unknown = parsed.document.toJS();
  if (!validateLanguage(data, reporter)) return { diagnostics: reporter.sorted() };

  const stem = schemaStem(source.path);
  if (!STEM.test(stem)) {
    reporter.errorInFile(`schema file name "${stem}" must be letters, digits and "-", starting with a letter: it names the output folder and the create function`);
  }
  const raw = data as RawSchema;
  const table = buildTable(raw.table, reporter);
  const entityNames = Object.keys(raw.entities);
  checkEntityNames(entityNames, reporter);
  const built = entityNames.map((name) => buildEntity(name, raw.entities[name]!, table, reporter));
  const entities = built.map((b) => b.entity);
  checkTtl(table, entities, reporter);
  checkPrimaryKeyOverlap(built.filter((b) => b.complete).map((b) => b.entity), reporter);
  const collections = buildCollections(raw.collections ?? {}, table, entities, reporter);
  checkTypeNames(stem, entities, collections, reporter);
  if (reporter.count > 0) return { diagnostics: reporter.sorted() };

  const schema: Schema = {
    source: source.path,
    hash: createHash("sha256").update(source.text).digest("hex"),
    stem,
    table,
    entities,
    collections,
  };
  return { schema: freezeModel(schema), diagnostics: [] };
}

const STEM = /^[A-Za-z][A-Za-z0-9-]*$/;

/** `schemas/shop.yaml` → `shop`. */
export function schemaStem(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.replace(/\.ya?ml$/, "");
}
