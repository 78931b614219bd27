import type { Attribute, AttributeType } from "../model/index.js";
import { runtime, type EntityContext } from "./context.js";
import { objectText } from "./literal.js";
import { propertyAccess, propertyName } from "./names.js";
import { elementName, nestedName, typeText } from "./type-text.js";

/** `unmarshalCustomerAddress`: reads a nested map shape. */
export function unmarshalMapFunction(shape: string): string {
  return `unmarshal${shape}`;
}

/** `unmarshalOrderLinesList`: reads the list found where `name` is. */
export function unmarshalListFunction(name: string): string {
  return `unmarshal${name}List`;
}

/**
 * An expression reading `a` (an `AttributeValue | undefined` expression, evaluated once) as
 * `type`. Data read back is trusted to have the shape dynagen wrote: no checks on this path.
 */
export function unmarshalValue(ctx: EntityContext, type: AttributeType, a: string, name: string): string {
  switch (type.kind) {
    case "string":
    case "datetime":
      return `${a}?.S as string`;
    case "enum":
      return `${a}?.S as ${typeText(type, name)}`;
    case "number":
      if (type.precise) return `${runtime(ctx, "readNumberValue")}(${a}?.N)`;
      // Integer text is fastest through Number (V8 keeps a short digit string's value with its
      // hash); decimals through readNumber, which skips the general parser.
      return type.integer ? `Number(${a}?.N)` : `${runtime(ctx, "readNumber")}(${a}?.N)`;
    case "ttl":
      return `Number(${a}?.N)`;
    case "boolean":
      return `${a}?.BOOL as boolean`;
    case "binary":
      return `${a}?.B as Uint8Array`;
    case "json":
      return `${runtime(ctx, "unmarshalJson")}(${a})`;
    case "set":
      if (type.of === "string") return `new Set<string>(${a}?.SS)`;
      if (type.of === "binary") return `new Set<Uint8Array>(${a}?.BS)`;
      return `${runtime(ctx, "readNumberSet")}(${a})`;
    case "map":
      return `${unmarshalMapFunction(name)}(${a}?.M ?? {})`;
    case "list": {
      const fn = unmarshalListFunction(name);
      ctx.listReaders.set(fn, { of: type.of, name });
      return `${fn}(${a}?.L ?? [])`;
    }
  }
}

/** Statements reading attributes of `raw` into `item`: required ones as object literal fields, optional ones after. */
export function readAttributes(ctx: EntityContext, attributes: readonly Attribute[], parent: string, typeName: string): string[] {
  const required = attributes.filter((a) => !a.optional);
  const fields = required.map((a) => `${propertyName(a.name)}: ${unmarshalValue(ctx, a.type, propertyAccess("raw", a.name), nestedName(parent, a.name))}`);
  const lines = [`const item: ${typeName} = ${objectText(fields)};`];
  for (const a of attributes.filter((x) => x.optional)) {
    const local = `a_${a.name.replace(/[^A-Za-z0-9_$]/g, "_")}`;
    const present = a.type.kind === "json" ? `${local} !== undefined` : `${local} !== undefined && ${local}.NULL === undefined`;
    lines.push(`const ${local} = ${propertyAccess("raw", a.name)};`);
    lines.push(`if (${present}) ${propertyAccess("item", a.name)} = ${unmarshalValue(ctx, a.type, local, nestedName(parent, a.name))};`);
  }
  lines.push("return item;");
  return lines;
}

/** A list reader's return type and body: one loop, elements read with `unmarshalValue`. */
export function readList(ctx: EntityContext, of: AttributeType, name: string): { returnType: string; statements: string[] } {
  const element = typeText(of, elementName(name));
  const returnType = `${element.includes("|") ? `(${element})` : element}[]`;
  // Allocated at its final length: growing an empty array by push costs more than the reads.
  const statements = [
    "const length = list.length;",
    `const out: ${returnType} = new Array(length);`,
    `for (let i = 0; i < length; i++) out[i] = ${unmarshalValue(ctx, of, "list[i]", elementName(name))};`,
    "return out;",
  ];
  return { returnType, statements };
}
