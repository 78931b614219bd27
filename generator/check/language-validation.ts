import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import schemaLanguage from "../schema-language.json" with { type: "json" };
import type { DocumentPath } from "../parse/index.js";
import { closestName } from "./did-you-mean.js";
import { phraseLanguageError } from "./language-messages.js";
import type { Reporter } from "./reporter.js";

let compiled: ValidateFunction | undefined;

/** The compiled schema-language.json (compiled once, on first use). */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true, strictRequired: false })
    .compile(schemaLanguage);
  return compiled;
}

/**
 * Checks a parsed document against schema-language.json and reports every violation in human
 * words at the offending node. Returns whether the document is valid.
 */
export function validateLanguage(data: unknown, reporter: Reporter): boolean {
  const validate = validator();
  if (validate(data)) return true;
  const errors = relevantErrors(validate.errors ?? []);
  const seen = new Set<string>();
  for (const error of errors) {
    const path = toPath(error.instancePath);
    const phrased = phraseLanguageError(error, path);
    const key = `${phrased.path.join("/")}|${phrased.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reporter.error(phrased.path, phrased.message, phrased.at);
  }
  return false;
}

/** Drops `if` wrappers, branch duplicates of a type error, and a missing property that an unknown near-miss property already explains. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const typos = errors.filter((e) => e.keyword === "additionalProperties");
  const unionTypeAt = new Set(errors.filter((e) => e.keyword === "type" && Array.isArray(e.schema)).map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === "if") return false;
    // An attribute that is neither a type name nor a mapping: one message, not one per branch.
    if (e.keyword === "type" && !Array.isArray(e.schema) && unionTypeAt.has(e.instancePath)) return false;
    if (e.keyword !== "required") return true;
    const missing = String(e.params["missingProperty"]);
    return !typos.some((t) => t.instancePath === e.instancePath && isNearMiss(String(t.params["additionalProperty"]), missing));
  });
}

function isNearMiss(written: string, wanted: string): boolean {
  return closestName(written, [wanted]) === wanted;
}

function toPath(instancePath: string): DocumentPath {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((step) => step.replace(/~1/g, "/").replace(/~0/g, "~"));
}
