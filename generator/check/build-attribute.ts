import type { Attribute, AttributeType } from "../model/index.js";
import { parseAttributeShorthand, type DocumentPath } from "../parse/index.js";
import { buildDefault } from "./attribute-default.js";
import { checkModifiers } from "./attribute-modifiers.js";
import { describePath } from "./describe-path.js";
import type { RawAttribute, RawAttributeLong } from "./raw-schema.js";
import type { Reporter } from "./reporter.js";

/** Where an attribute sits: an entity's own attribute, a map's attribute, or a list/set element. */
export type AttributePlace = "top" | "nested" | "element";

/** Normalizes a shorthand (`string?`) to the long form. */
export function longForm(raw: RawAttribute): RawAttributeLong {
  if (typeof raw !== "string") return raw;
  const shorthand = parseAttributeShorthand(raw);
  // The language schema only lets shorthands through, so this is always found.
  const type = shorthand?.type ?? "json";
  return shorthand?.optional ? { type, optional: true } : { type };
}

/** Builds the model of one attribute, reporting every modifier that does not fit its type. */
export function buildAttribute(name: string, raw: RawAttribute, path: DocumentPath, place: AttributePlace, reporter: Reporter): Attribute {
  const long = longForm(raw);
  checkModifiers(long, path, place, reporter);
  const type = buildType(long, path, reporter);
  if (place === "top" && nestingDepth(type) > MAX_NESTING_DEPTH) {
    reporter.error(path, `${describePath(path)} nests maps and lists ${nestingDepth(type)} levels deep; DynamoDB stores at most ${MAX_NESTING_DEPTH}`);
  }
  const attribute: Attribute = {
    name,
    type,
    optional: long.optional ?? false,
    readonly: long.readonly ?? false,
    onUpdateNow: long.onUpdate === "now",
    version: long.version ?? false,
  };
  if (long.default === undefined) return attribute;
  const defaultValue = buildDefault(type, long.default, [...path, "default"], reporter);
  return defaultValue ? { ...attribute, default: defaultValue } : attribute;
}

/** Nested maps and lists in one attribute, its own included: DynamoDB Local 3.3.0 stores 31 and refuses 32. */
export const MAX_NESTING_DEPTH = 31;

/** How many map and list levels a type nests (a scalar is 0, a map of scalars 1). */
export function nestingDepth(type: AttributeType): number {
  if (type.kind === "list") return 1 + nestingDepth(type.of);
  if (type.kind === "map") return 1 + Math.max(0, ...type.attributes.map((a) => nestingDepth(a.type)));
  return 0;
}

function buildType(long: RawAttributeLong, path: DocumentPath, reporter: Reporter): AttributeType {
  const lengths = { ...optionalField("minLength", long.minLength), ...optionalField("maxLength", long.maxLength) };
  switch (long.type) {
    case "string":
      return { kind: "string", ...lengths, ...optionalField("pattern", long.pattern) };
    case "number":
      return {
        kind: "number",
        integer: long.integer ?? false,
        precise: long.precise ?? false,
        ...optionalField("min", long.min),
        ...optionalField("max", long.max),
      };
    case "binary":
      return { kind: "binary", ...lengths };
    case "enum":
      return { kind: "enum", values: long.values ?? [] };
    case "list":
      return { kind: "list", of: buildAttribute("of", long.of ?? "json", [...path, "of"], "element", reporter).type, ...lengths };
    case "set":
      return { kind: "set", of: setElement(long, path, reporter), ...lengths };
    case "map":
      return { kind: "map", attributes: buildMapAttributes(long, path, reporter) };
    default:
      return { kind: long.type };
  }
}

function setElement(long: RawAttributeLong, path: DocumentPath, reporter: Reporter): "string" | "number" | "binary" {
  const of = long.of === undefined ? undefined : longForm(long.of);
  if (of?.type === "string" || of?.type === "number" || of?.type === "binary") {
    if (typeof long.of !== "string" || long.of.endsWith("?")) {
      reporter.error([...path, "of"], `${describePath([...path, "of"])} must be written as string, number or binary`);
    }
    return of.type;
  }
  reporter.error([...path, "of"], `${describePath(path)} is a set of ${of?.type ?? "nothing"}; a set holds string, number or binary`);
  return "string";
}

function buildMapAttributes(long: RawAttributeLong, path: DocumentPath, reporter: Reporter): Attribute[] {
  return Object.entries(long.attributes ?? {}).map(([name, raw]) =>
    buildAttribute(name, raw, [...path, "attributes", name], "nested", reporter),
  );
}

function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
