import type { DocumentPath } from "../parse/index.js";
import type { AttributePlace } from "./build-attribute.js";
import { describePath } from "./describe-path.js";
import type { RawAttributeLong } from "./raw-schema.js";
import type { Reporter } from "./reporter.js";

type Modifier = keyof RawAttributeLong;

/** The types each type-specific modifier applies to. */
const APPLIES_TO: Partial<Record<Modifier, readonly string[]>> = {
  integer: ["number"],
  precise: ["number"],
  min: ["number"],
  max: ["number"],
  minLength: ["string", "binary", "list", "set"],
  maxLength: ["string", "binary", "list", "set"],
  pattern: ["string"],
  values: ["enum"],
  of: ["list", "set"],
  attributes: ["map"],
  version: ["number"],
  onUpdate: ["datetime"],
};

/** Write-time behaviours, which only an entity's own attributes can have. */
const TOP_LEVEL_ONLY: readonly Modifier[] = ["default", "readonly", "onUpdate", "version"];

/** Reports modifiers that do not fit the attribute's type or place, and contradictory settings. */
export function checkModifiers(long: RawAttributeLong, path: DocumentPath, place: AttributePlace, reporter: Reporter): void {
  const what = describePath(path);
  const at = (modifier: Modifier, message: string): void => reporter.error([...path, modifier], message, "key");
  for (const [modifier, types] of Object.entries(APPLIES_TO) as [Modifier, readonly string[]][]) {
    if (long[modifier] !== undefined && !types.includes(long.type)) {
      at(modifier, `"${modifier}" does not apply to ${what}, which is of type ${long.type} (it applies to ${types.join(", ")})`);
    }
  }
  if (place !== "top") {
    for (const modifier of TOP_LEVEL_ONLY) {
      if (long[modifier] !== undefined) at(modifier, `"${modifier}" is only allowed on an entity's own attributes, not on ${what}`);
    }
  }
  if (place === "element" && long.optional !== undefined) at("optional", `"optional" does not apply to ${what}: list and set elements are always present`);
  if (long.min !== undefined && long.max !== undefined && long.min > long.max) {
    at("max", `${what} has min ${long.min} greater than max ${long.max}`);
  }
  if (long.minLength !== undefined && long.maxLength !== undefined && long.minLength > long.maxLength) {
    at("maxLength", `${what} has minLength ${long.minLength} greater than maxLength ${long.maxLength}`);
  }
  if (long.pattern !== undefined) checkPattern(long.pattern, [...path, "pattern"], what, reporter);
  checkEnumValues(long, path, what, reporter);
  checkVersion(long, at, what);
  if (long.readonly === true && long.onUpdate !== undefined) {
    at("onUpdate", `${what} is readonly, so it cannot change on update`);
  }
}

function checkPattern(pattern: string, path: DocumentPath, what: string, reporter: Reporter): void {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    reporter.error(path, `pattern of ${what} is not a valid regular expression: ${reason}`);
  }
}

function checkEnumValues(long: RawAttributeLong, path: DocumentPath, what: string, reporter: Reporter): void {
  const seen = new Set<string>();
  (long.values ?? []).forEach((value, i) => {
    if (seen.has(value)) reporter.error([...path, "values", i], `${what} lists the value "${value}" twice`);
    seen.add(value);
  });
}

function checkVersion(long: RawAttributeLong, at: (m: Modifier, message: string) => void, what: string): void {
  if (long.version !== true || long.type !== "number") return;
  if (long.optional === true) at("optional", `version attribute ${what.replace(/^attribute /, "")} cannot be optional: create sets it to 1`);
  if (long.default !== undefined) at("default", `version attribute ${what.replace(/^attribute /, "")} cannot have a default: create sets it to 1`);
  if (long.readonly === true) at("readonly", `version attribute ${what.replace(/^attribute /, "")} cannot be readonly: every write increments it`);
  if (long.precise === true) at("precise", `version attribute ${what.replace(/^attribute /, "")} cannot be precise`);
}
