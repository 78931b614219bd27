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
 * A bound of a size in parts, so that the marshaller can add all its constants up at generation
 * time: `bytes`, plus 3 bytes per UTF-16 unit of each string in `strings`, plus each of `terms`.
 */
export interface SizeBound {
  readonly bytes: number;
  readonly strings: readonly string[];
  readonly terms: readonly string[];
}

/**
 * One written attribute's size, bounded from above: its name, plus 3 bytes per UTF-16 unit for
 * strings, 21 for numbers, the byte length for binary, the exact size otherwise.
 */
export function attributeSizeBound(ctx: EntityContext, name: string, type: AttributeType, v: string, written: string): SizeBound {
  const base = utf8(name);
  const bound = (bytes: number, strings: string[] = [], terms: string[] = []): SizeBound => ({ bytes, strings, terms });
  switch (type.kind) {
    case "string":
    case "datetime":
    case "enum":
      return bound(base, [v]);
    case "number":
    case "ttl":
      return bound(base + 21);
    case "boolean":
      return bound(base + 1);
    case "binary":
      return bound(base, [], [`${v}.byteLength`]);
    case "list":
      // Elements are bounded one by one inside the marshalling loop; this is the list's own 3 bytes.
      if (elementSizeBound(type.of, "e") !== undefined) return bound(base + 3);
      return bound(base, [], [`${runtime(ctx, "attributeValueSize")}(${written})`]);
    default:
      return bound(base, [], [`${runtime(ctx, "attributeValueSize")}(${written})`]);
  }
}

/**
 * Bounds added up as one expression: `33 + (a.length + b.length) * 3 + attributeValueSize(w)`;
 * with `withBytes` false the constant is left out (it was counted elsewhere), and "" is what remains when nothing does.
 */
export function sumSizeBounds(bounds: readonly SizeBound[], withBytes = true): string {
  const bytes = bounds.reduce((sum, b) => sum + b.bytes, 0);
  const lengths = bounds.flatMap((b) => b.strings.map((v) => `${v}.length`));
  const parts = lengths.length === 0 ? [] : [lengths.length === 1 ? `${lengths[0]} * 3` : `(${lengths.join(" + ")}) * 3`];
  parts.push(...bounds.flatMap((b) => b.terms));
  if (withBytes && (bytes !== 0 || parts.length === 0)) parts.unshift(String(bytes));
  return parts.join(" + ");
}

/**
 * A bound of one list element's size, its 1-byte overhead included, read from the value itself
 * (`1 + e.length * 3`), or undefined when only the written AttributeValue can tell.
 */
export function elementSizeBound(type: AttributeType, e: string): string | undefined {
  const bound = valueSizeBound(type, e);
  return bound === undefined ? undefined : sumSizeBounds([{ ...bound, bytes: bound.bytes + 1 }]);
}

/** Strings 3 bytes per UTF-16 unit, numbers 21, booleans 1, binary its length, maps of those 3 + each member. */
function valueSizeBound(type: AttributeType, v: string): SizeBound | undefined {
  switch (type.kind) {
    case "string":
    case "datetime":
    case "enum":
      return { bytes: 0, strings: [v], terms: [] };
    case "number":
      return type.precise ? undefined : { bytes: 21, strings: [], terms: [] };
    case "ttl":
      return { bytes: 21, strings: [], terms: [] };
    case "boolean":
      return { bytes: 1, strings: [], terms: [] };
    case "binary":
      return { bytes: 0, strings: [], terms: [`${v}.byteLength`] };
    case "map": {
      let bytes = 3;
      const strings: string[] = [];
      const terms: string[] = [];
      for (const a of type.attributes) {
        const value = propertyAccess(v, a.name);
        const bound = valueSizeBound(a.type, value);
        if (bound === undefined) return undefined;
        const member = 1 + utf8(a.name);
        if (a.optional) {
          terms.push(`(${value} === undefined || ${value} === null ? 0 : ${sumSizeBounds([{ ...bound, bytes: bound.bytes + member }])})`);
        } else {
          bytes += member + bound.bytes;
          strings.push(...bound.strings);
          terms.push(...bound.terms);
        }
      }
      return { bytes, strings, terms };
    }
    default:
      return undefined;
  }
}
