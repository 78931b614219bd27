import type { ErrorObject } from "ajv";
import type { DocumentPath } from "../parse/index.js";
import { describePath } from "./describe-path.js";
import { didYouMean } from "./did-you-mean.js";

export interface PhrasedError {
  readonly path: DocumentPath;
  readonly message: string;
  /** Point at the property's key rather than its value. */
  readonly at: "key" | "value";
}

const LONG_FORM_ONLY = ["enum", "list", "set", "map"];

/** Turns one ajv error into a sentence about the schema, positioned at the node it concerns. */
export function phraseLanguageError(error: ErrorObject, path: DocumentPath): PhrasedError {
  const what = describePath(path);
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params["additionalProperty"]);
      const known = Object.keys((error.parentSchema?.["properties"] as object | undefined) ?? {});
      const where = path.length === 0 ? "at the top level" : `in ${what}`;
      return { path: [...path, name], at: "key", message: `unknown property "${name}" ${where}${didYouMean(name, known)}` };
    }
    case "required":
      return { path, at: path.length === 0 ? "value" : "key", message: `${what} is missing "${String(params["missingProperty"])}"` };
    case "type":
      return { path, at: "value", message: `${what} must be ${typeName(params["type"])}` };
    case "enum":
      return { path, at: "value", message: enumMessage(what, value, params["allowedValues"] as unknown[]) };
    case "const":
      return { path, at: "value", message: `${what} must be ${JSON.stringify(params["allowedValue"])}` };
    case "pattern":
      return { path, at: "value", message: patternMessage(what, value) };
    case "minProperties":
    case "minItems":
      return { path, at: "value", message: `${what} must not be empty` };
    case "minLength":
      return { path, at: "value", message: params["limit"] === 1 ? `${what} must not be empty` : `${what} must have at least ${String(params["limit"])} characters` };
    case "maxLength":
      return { path, at: "value", message: `${what} must have at most ${String(params["limit"])} characters` };
    case "minimum":
      return { path, at: "value", message: `${what} must be at least ${String(params["limit"])}` };
    default:
      return { path, at: "value", message: `${what} ${error.message ?? "is not valid"}` };
  }
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    string: "a string",
    object: "a mapping",
    array: "a list",
    number: "a number",
    integer: "an integer",
    boolean: "true or false",
  };
  const list = String(type).split(",");
  if (list.includes("string") && list.includes("object")) return "a type name (string, number?...) or a mapping with a type";
  return list.map((t) => names[t] ?? t).join(" or ");
}

function enumMessage(what: string, value: unknown, allowed: readonly unknown[]): string {
  const text = String(value);
  if (typeof value === "string" && LONG_FORM_ONLY.includes(value.replace(/\?$/, ""))) {
    return `${what} is of type ${value.replace(/\?$/, "")}, which needs the long form { type: ${value.replace(/\?$/, "")}, ... }`;
  }
  if (allowed.includes("string?")) {
    const types = allowed.filter((a) => typeof a === "string" && !a.endsWith("?")).map(String);
    return `${what} has unknown type "${text}"${didYouMean(text.replace(/\?$/, ""), types)}; shorthands are ${types.join(", ")}, with ? for optional`;
  }
  const shown = allowed.filter((a) => typeof a !== "string" || !a.endsWith("?")).map(String);
  return `${what} must be one of ${shown.join(", ")}, not "${text}"${didYouMean(text.replace(/\?$/, ""), shown)}`;
}

function patternMessage(what: string, value: unknown): string {
  if (what === "table name") {
    return `table name "${String(value)}" must be 3 to 255 letters, digits, "_", "-" or "."`;
  }
  return `${what} "${String(value)}" is not valid`;
}
