import type { Attribute, AttributeType } from "../model/index.js";
import { freshLocal, runtime, type EntityContext } from "./context.js";
import { constantCase } from "./names.js";
import { elementSizeBound } from "./size-bound.js";
import { elementName, nestedName, typeText } from "./type-text.js";

/** Straight-line code that checks a present value and yields its AttributeValue. */
export interface ValueCode {
  /** Checks (and temporaries) to run first. */
  readonly checks: string[];
  /** The AttributeValue expression. */
  readonly expr: string;
  /** For optional sets: write only when this holds (an empty set is not written). */
  readonly guard?: string;
}

/** Where a list element sits: the list's path expression and the index variable. */
export interface ListElement {
  readonly list: string;
  readonly index: string;
}

/** `"lines" + "[" + i + "]"` folded to `"lines[" + i + "]"` when the path is a literal. */
export function appendPath(path: string, suffix: string, index?: string): string {
  const tail = index === undefined ? JSON.stringify(suffix) : `${JSON.stringify(suffix)} + ${index} + "]"`;
  if (path.endsWith('"')) return `${path.slice(0, -1)}${tail.slice(1)}`;
  return `${path} + ${tail}`;
}

/**
 * Code for one present (not undefined/null) value `v` of `type`; `name` is what a map here is
 * called, `path` a JS expression for the attribute path, `optional` whether an empty set is skipped.
 */
export function marshalValue(ctx: EntityContext, type: AttributeType, v: string, path: string, name: string, optional: boolean, element?: ListElement, sizeVar?: string): ValueCode {
  const rt = (n: string) => runtime(ctx, n);
  const checks: string[] = [];
  const lengths = (length: string, t: { minLength?: number; maxLength?: number }) => {
    if (t.minLength !== undefined) checks.push(`if (${length} < ${t.minLength}) throw ${rt("tooShort")}(${path}, ${length}, ${t.minLength});`);
    if (t.maxLength !== undefined) checks.push(`if (${length} > ${t.maxLength}) throw ${rt("tooLong")}(${path}, ${length}, ${t.maxLength});`);
  };
  switch (type.kind) {
    case "string": {
      checks.push(`if (typeof ${v} !== "string") throw ${rt("wrongType")}(${path}, "a string", ${v});`);
      lengths(`${v}.length`, type);
      if (type.pattern !== undefined) {
        const re = `${constantCase(name)}_PATTERN`;
        ctx.constants.set(re, `new RegExp(${JSON.stringify(type.pattern)}, "u")`);
        checks.push(`if (!${re}.test(${v})) throw ${rt("patternMismatch")}(${path}, ${re});`);
      }
      return { checks, expr: `{ S: ${v} }` };
    }
    case "datetime":
      // checkDatetime's test written out: V8 leaves that call out of a large marshaller.
      checks.push(`if (typeof ${v} !== "string" || !${rt("DATETIME_PATTERN")}.test(${v})) throw ${rt("badDatetime")}(${path}, ${v});`);
      return { checks, expr: `{ S: ${v} }` };
    case "enum": {
      const values = `${constantCase(name)}_VALUES`;
      ctx.constants.set(values, `[${type.values.map((x) => JSON.stringify(x)).join(", ")}] as const`);
      const test = type.values.length <= 4 ? type.values.map((x) => `${v} !== ${JSON.stringify(x)}`).join(" && ") : `!(${values} as readonly unknown[]).includes(${v})`;
      checks.push(`if (${test}) throw ${rt("notInEnum")}(${path}, ${v}, ${values});`);
      return { checks, expr: `{ S: ${v} }` };
    }
    case "number":
      if (type.precise) return { checks, expr: `{ N: ${rt("preciseNumber")}(${v}, ${path}) }` };
      numberChecks(ctx, checks, v, path, type.integer, type.min, type.max);
      return { checks, expr: `{ N: String(${v}) }` };
    case "ttl":
      numberChecks(ctx, checks, v, path, true, 0, undefined);
      return { checks, expr: `{ N: String(${v}) }` };
    case "boolean":
      checks.push(`if (typeof ${v} !== "boolean") throw ${rt("wrongType")}(${path}, "a boolean", ${v});`);
      return { checks, expr: `{ BOOL: ${v} }` };
    case "binary":
      checks.push(`if (!(${v} instanceof Uint8Array)) throw ${rt("wrongType")}(${path}, "a Uint8Array", ${v});`);
      lengths(`${v}.byteLength`, type);
      return { checks, expr: `{ B: ${v} }` };
    case "json":
      return { checks, expr: `${rt("marshalJson")}(${v}, ${path})` };
    case "map":
      // A list element passes the list's path and its index: the element's path is built only on a throw.
      return { checks, expr: `{ M: ${marshalMapFunction(name)}(${v}, ${element ? `${element.list}, ${element.index}` : `${path}, -1`}) }` };
    case "set": {
      const elements = freshLocal(ctx, "s");
      const helper = type.of === "string" ? "stringSetValues" : type.of === "number" ? "numberSetValues" : "binarySetValues";
      const tag = type.of === "string" ? "SS" : type.of === "number" ? "NS" : "BS";
      checks.push(`const ${elements} = ${rt(helper)}(${v}, ${path});`);
      lengths(`${elements}.length`, { ...(type.minLength !== undefined ? { minLength: type.minLength } : {}), ...(type.maxLength !== undefined ? { maxLength: type.maxLength } : {}) });
      if (!optional) checks.push(`if (${elements}.length === 0) throw ${rt("emptySet")}(${path});`);
      return { checks, expr: `{ ${tag}: ${elements} }`, ...(optional ? { guard: `${elements}.length > 0` } : {}) };
    }
    case "list": {
      const list = freshLocal(ctx, "l");
      const i = list.replace("l", "i");
      const e = list.replace("l", "e");
      const itemPath = appendPath(path, "[", i);
      const inner = marshalValue(ctx, type.of, e, itemPath, elementName(name), false, { list: path, index: i });
      checks.push(`if (!Array.isArray(${v})) throw ${rt("wrongType")}(${path}, "an array", ${v});`);
      lengths(`${v}.length`, type);
      // Allocated at its final length and filled by index: cheaper than growing it by push.
      checks.push(
        `const ${list}: AttributeValue[] = new Array(${v}.length);`,
        `for (let ${i} = 0; ${i} < ${list}.length; ${i}++) {`,
        `const ${e} = ${v}[${i}] as ${typeText(type.of, elementName(name))};`,
        ...(type.of.kind === "json" ? [] : [`if (${e} === undefined || ${e} === null) throw ${rt("required")}(${itemPath});`]),
        ...inner.checks,
        `${list}[${i}] = ${inner.expr};`,
        ...(sizeVar === undefined ? [] : boundLine(sizeVar, elementSizeBound(type.of, e))),
        `}`,
      );
      return { checks, expr: `{ L: ${list} }` };
    }
  }
}

function numberChecks(ctx: EntityContext, checks: string[], v: string, path: string, integer: boolean, min: number | undefined, max: number | undefined): void {
  const rt = (n: string) => runtime(ctx, n);
  checks.push(`if (typeof ${v} !== "number" || !Number.isFinite(${v})) throw ${rt("badNumber")}(${path}, ${v});`);
  if (integer) checks.push(`if (!Number.isInteger(${v})) throw ${rt("notInteger")}(${path}, ${v});`);
  if (min !== undefined) checks.push(`if (${v} < ${min}) throw ${rt("belowMin")}(${path}, ${v}, ${min});`);
  if (max !== undefined) checks.push(`if (${v} > ${max}) throw ${rt("aboveMax")}(${path}, ${v}, ${max});`);
}

/** The path expression inside a nested map's marshaller, whose arguments are `(item, path, index)`. */
export function mapPathExpression(ctx: EntityContext): string {
  ctx.constants.set("elementPath", '(path: string, index: number): string => (index < 0 ? path : path + "[" + index + "]")');
  return "elementPath(path, index)";
}

/** `marshalCustomerAddress`: the emitted function for a nested map shape. */
export function marshalMapFunction(shape: string): string {
  return `marshal${shape}`;
}

/**
 * The statements that write one attribute: presence check, checks, assignment via `assign`.
 * `absent` runs when an optional attribute is missing (nothing for the item marshaller).
 */
/** With `sizeVar`, a list of simply bounded elements adds each element's bound to it in its loop (see `attributeSizeBound`). */
export function writeAttribute(ctx: EntityContext, attribute: Attribute, v: string, path: string, parent: string, assign: (expr: string) => string, sizeVar?: string): string[] {
  const isJson = attribute.type.kind === "json";
  const code = marshalValue(ctx, attribute.type, v, path, nestedName(parent, attribute.name), attribute.optional, undefined, sizeVar);
  const write = code.guard ? `if (${code.guard}) {\n${assign(code.expr)}\n}` : assign(code.expr);
  if (!attribute.optional) {
    const missing = isJson ? `${v} === undefined` : `${v} === undefined || ${v} === null`;
    return [`if (${missing}) throw ${runtime(ctx, "required")}(${path});`, ...code.checks, write];
  }
  const present = isJson ? `${v} !== undefined` : `${v} !== undefined && ${v} !== null`;
  return [`if (${present}) {`, ...code.checks, write, `}`];
}

function boundLine(sizeVar: string, bound: string | undefined): string[] {
  return bound === undefined ? [] : [`${sizeVar} += ${bound};`];
}
