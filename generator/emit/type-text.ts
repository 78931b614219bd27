import type { Attribute, AttributeType, Entity } from "../model/index.js";
import { pascalCase, propertyName } from "./names.js";

/** A nested map type, emitted as its own interface and marshal functions. */
export interface MapShape {
  readonly name: string;
  readonly attributes: readonly Attribute[];
}

/** The interface name of a map found at `attribute` inside the type named `parent`. */
export function nestedName(parent: string, attribute: string): string {
  return parent + pascalCase(attribute);
}

/** The name a list's element takes (`OrderLines` → `OrderLinesItem`). */
export function elementName(list: string): string {
  return `${list}Item`;
}

/**
 * The TypeScript type of an attribute type. `name` is what a map at this place is called.
 *
 * @example typeText({ kind: "set", of: "string" }, "X") // "Set<string>"
 */
export function typeText(type: AttributeType, name: string): string {
  switch (type.kind) {
    case "string":
    case "datetime":
      return "string";
    case "number":
      return type.precise ? "NumberValue" : "number";
    case "ttl":
      return "number";
    case "boolean":
      return "boolean";
    case "binary":
      return "Uint8Array";
    case "enum":
      return type.values.map((v) => JSON.stringify(v)).join(" | ");
    case "json":
      return "unknown";
    case "set":
      return type.of === "string" ? "Set<string>" : type.of === "number" ? "Set<number>" : "Set<Uint8Array>";
    case "map":
      return name;
    case "list": {
      const element = typeText(type.of, elementName(name));
      return type.of.kind === "enum" && type.of.values.length > 1 ? `(${element})[]` : `${element}[]`;
    }
  }
}

/** `name?: type` or `name: type` as an interface member. */
export function memberText(attribute: Attribute, parent: string, optional: boolean): string {
  const q = optional ? "?" : "";
  return `${propertyName(attribute.name)}${q}: ${typeText(attribute.type, nestedName(parent, attribute.name))}`;
}

/** Every nested map shape of an entity, depth first, in declaration order. */
export function mapShapes(entity: Entity): MapShape[] {
  const shapes: MapShape[] = [];
  const visit = (type: AttributeType, name: string): void => {
    if (type.kind === "map") {
      shapes.push({ name, attributes: type.attributes });
      for (const a of type.attributes) visit(a.type, nestedName(name, a.name));
    } else if (type.kind === "list") {
      visit(type.of, elementName(name));
    }
  };
  for (const a of entity.attributes) visit(a.type, nestedName(entity.name, a.name));
  return shapes;
}

/** Whether a type (or anything inside it) is a precise number, so the file imports NumberValue. */
export function usesPreciseNumber(type: AttributeType): boolean {
  if (type.kind === "number") return type.precise;
  if (type.kind === "list") return usesPreciseNumber(type.of);
  if (type.kind === "map") return type.attributes.some((a) => usesPreciseNumber(a.type));
  return false;
}
