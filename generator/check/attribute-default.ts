import type { AttributeDefault, AttributeType } from "../model/index.js";
import type { DocumentPath } from "../parse/index.js";
import { describePath } from "./describe-path.js";
import { didYouMean } from "./did-you-mean.js";
import type { Reporter } from "./reporter.js";

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Checks a `default:` against the attribute's type. `now` means the current time for datetime
 * attributes (and is plain text for a string or enum). A ttl holds an expiry time, and `now`
 * would expire the item at once, so it is rejected there.
 */
export function buildDefault(type: AttributeType, value: unknown, path: DocumentPath, reporter: Reporter): AttributeDefault | undefined {
  if (value === "now" && type.kind === "datetime") return { kind: "now" };
  const problem = valueProblem(type, value);
  if (problem === undefined) return { kind: "value", value };
  reporter.error(path, `${describePath(path)} ${problem}`);
  return undefined;
}

/** Why `value` cannot be a value of `type`, or undefined when it can. */
export function valueProblem(type: AttributeType, value: unknown): string | undefined {
  switch (type.kind) {
    case "string":
      if (typeof value !== "string") return `must be a string, not ${show(value)}`;
      if (type.minLength !== undefined && value.length < type.minLength) return `is shorter than minLength ${type.minLength}`;
      if (type.maxLength !== undefined && value.length > type.maxLength) return `is longer than maxLength ${type.maxLength}`;
      if (type.pattern !== undefined && !safeTest(type.pattern, value)) return `does not match pattern ${type.pattern}`;
      return undefined;
    case "number":
      if (typeof value !== "number") return `must be a number, not ${show(value)}`;
      if (type.integer && !Number.isInteger(value)) return `must be an integer, not ${value}`;
      if (type.min !== undefined && value < type.min) return `is below min ${type.min}`;
      if (type.max !== undefined && value > type.max) return `is above max ${type.max}`;
      return undefined;
    case "boolean":
      return typeof value === "boolean" ? undefined : `must be true or false, not ${show(value)}`;
    case "binary":
      return "cannot be given: binary attributes have no default";
    case "enum":
      return typeof value === "string" && type.values.includes(value)
        ? undefined
        : `must be one of ${type.values.join(", ")}, not ${show(value)}${didYouMean(String(value), type.values)}`;
    case "datetime":
      return typeof value === "string" && ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `must be "now" or an ISO-8601 date-time, not ${show(value)}`;
    case "ttl":
      if (value === "now") return "cannot be now: a ttl is when the item expires, so it would expire at once (set it from your code, e.g. an hour ahead)";
      return typeof value === "number" && Number.isInteger(value) ? undefined : `must be epoch seconds, not ${show(value)}`;
    case "list":
      return Array.isArray(value) ? elementsProblem(value, type.of) : `must be a list, not ${show(value)}`;
    case "set":
      return Array.isArray(value) ? elementsProblem(value, setElementType(type.of)) : `must be a list of set members, not ${show(value)}`;
    case "map":
      return mapProblem(type.attributes, value);
    case "json":
      return undefined;
  }
}

function elementsProblem(values: readonly unknown[], of: AttributeType): string | undefined {
  for (const [i, element] of values.entries()) {
    const problem = valueProblem(of, element);
    if (problem) return `has element ${i} that ${problem}`;
  }
  return undefined;
}

function mapProblem(attributes: Extract<AttributeType, { kind: "map" }>["attributes"], value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return `must be a mapping, not ${show(value)}`;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!attributes.some((a) => a.name === key)) return `has unknown attribute "${key}"${didYouMean(key, attributes.map((a) => a.name))}`;
  }
  for (const attribute of attributes) {
    const member = record[attribute.name];
    if (member === undefined) {
      if (!attribute.optional) return `is missing "${attribute.name}"`;
      continue;
    }
    const problem = valueProblem(attribute.type, member);
    if (problem) return `has "${attribute.name}" that ${problem}`;
  }
  return undefined;
}

function setElementType(of: "string" | "number" | "binary"): AttributeType {
  return of === "number" ? { kind: "number", integer: false, precise: false } : { kind: of };
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return true; // the invalid pattern is reported on its own
  }
}

function show(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : JSON.stringify(value);
}
