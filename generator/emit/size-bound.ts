import type { AttributeType, Table } from "../model/index.js";
import { propertyAccess } from "./names.js";
import { runtime, type EntityContext } from "./context.js";

// The item marshaller keeps a cheap upper bound of the item's size as it writes, and computes
// the exact size only when the bound passes 400 KB: no walk over the item on the hot path.

/** DynamoDB's key length limits: every key attribute is counted at its maximum. */
const PARTITION_KEY_MAX = 2048;
const SORT_KEY_MAX = 1024;

const ENCODER = new TextEncoder();

function utf8(text: string): number {
  return ENCODER.encode(text).length;
}

/** The starting bound: the type attribute and every key attribute at its maximum length. */
export function fixedSizeBound(table: Table, entityName: string, keyAttributes: readonly { attribute: string; role: "partition" | "sort" }[]): number {
  let size = utf8(table.typeAttribute) + utf8(entityName);
  for (const key of keyAttributes) size += utf8(key.attribute) + (key.role === "partition" ? PARTITION_KEY_MAX : SORT_KEY_MAX);
  return size;
}

/**
 * An expression bounding one written attribute's size from above: its name, plus 3 bytes per
 * UTF-16 unit for strings, 21 for numbers, the byte length for binary, the exact size otherwise.
 */
export function attributeSizeBound(ctx: EntityContext, name: string, type: AttributeType, v: string, written: string): string {
  const base = utf8(name);
  switch (type.kind) {
    case "string":
    case "datetime":
    case "enum":
      return `${base} + ${v}.length * 3`;
    case "number":
    case "ttl":
      return `${base + 21}`;
    case "boolean":
      return `${base + 1}`;
    case "binary":
      return `${base} + ${v}.byteLength`;
    case "list":
      // Elements are bounded one by one inside the marshalling loop; this is the list's own 3 bytes.
      if (elementSizeBound(type.of, "e") !== undefined) return `${base + 3}`;
      return `${base} + ${runtime(ctx, "attributeValueSize")}(${written})`;
    default:
      return `${base} + ${runtime(ctx, "attributeValueSize")}(${written})`;
  }
}

/**
 * A bound of one list element's size, its 1-byte overhead included, read from the value itself
 * (`1 + e.length * 3`), or undefined when only the written AttributeValue can tell.
 */
export function elementSizeBound(type: AttributeType, e: string): string | undefined {
  const bound = valueSizeBound(type, e);
  return bound === undefined ? undefined : `1 + ${bound}`;
}

/** Strings 3 bytes per UTF-16 unit, numbers 21, booleans 1, binary its length, maps of those 3 + each member. */
function valueSizeBound(type: AttributeType, v: string): string | undefined {
  switch (type.kind) {
    case "string":
    case "datetime":
    case "enum":
      return `${v}.length * 3`;
    case "number":
      return type.precise ? undefined : "21";
    case "ttl":
      return "21";
    case "boolean":
      return "1";
    case "binary":
      return `${v}.byteLength`;
    case "map": {
      let fixed = 3;
      const parts: string[] = [];
      for (const a of type.attributes) {
        const value = propertyAccess(v, a.name);
        const bound = valueSizeBound(a.type, value);
        if (bound === undefined) return undefined;
        const member = 1 + utf8(a.name);
        if (a.optional) parts.push(`(${value} === undefined || ${value} === null ? 0 : ${member} + ${bound})`);
        else if (/^\d+$/.test(bound)) fixed += member + Number(bound);
        else {
          fixed += member;
          parts.push(bound);
        }
      }
      return [String(fixed), ...parts].join(" + ");
    }
    default:
      return undefined;
  }
}
