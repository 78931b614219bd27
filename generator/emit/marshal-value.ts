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
  /** Whether the checks throw `missing` for undefined and null themselves (see `marshalValue`). */
  readonly checksMissing: boolean;
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
 * Code for one value `v` of `type`; `name` is what a map here is called, `path` a JS expression
 * for the attribute path, `optional` whether an empty set is skipped.
 *
 * Without `missing`, `v` is known to be present (not undefined/null). With it (the throw
 * expression for a missing value), a type whose first check rejects undefined and null anyway
 * tells the two apart only once that check fails, and says so in `checksMissing`:
 * `if (typeof v !== "string") throw v == null ? required(…) : wrongType(…);` costs one test on
 * the hot path where a presence check and a type check cost three.
 */
export function marshalValue(ctx: EntityContext, type: AttributeType, v: string, path: string, name: string, optional: boolean, element?: ListElement, sizeVar?: string, missing?: string): ValueCode {
  const rt = (n: string) => runtime(ctx, n);
  const checks: string[] = [];
  let checksMissing = false;
  /** The type check, which every value fails when undefined or null. */
  const typeCheck = (test: string, error: string) => {
    checksMissing = missing !== undefined;
    checks.push(`if (${test}) throw ${checksMissing ? `${v} == null ? ${missing} : ${error}` : error};`);
  };
  const lengths = (length: string, t: { minLength?: number; maxLength?: number }) => {
    if (t.minLength !== undefined) checks.push(`if (${length} < ${t.minLength}) throw ${rt("tooShort")}(${path}, ${length}, ${t.minLength});`);
    if (t.maxLength !== undefined) checks.push(`if (${length} > ${t.maxLength}) throw ${rt("tooLong")}(${path}, ${length}, ${t.maxLength});`);
  };
  switch (type.kind) {
    case "string": {
      typeCheck(`typeof ${v} !== "string"`, `${rt("wrongType")}(${path}, "a string", ${v})`);
      lengths(`${v}.length`, type);
      if (type.pattern !== undefined) {
        const re = `${constantCase(name)}_PATTERN`;
        ctx.constants.set(re, `new RegExp(${JSON.stringify(type.pattern)}, "u")`);
        checks.push(`if (!${re}.test(${v})) throw ${rt("patternMismatch")}(${path}, ${re});`);
      }
      return { checks, expr: `{ S: ${v} }`, checksMissing };
    }
    case "datetime":
      // checkDatetime's test written out: V8 leaves that call out of a large marshaller.
      typeCheck(`typeof ${v} !== "string" || !${rt("DATETIME_PATTERN")}.test(${v})`, `${rt("badDatetime")}(${path}, ${v})`);
      return { checks, expr: `{ S: ${v} }`, checksMissing };
    case "enum": {
      const values = `${constantCase(name)}_VALUES`;
      ctx.constants.set(values, `[${type.values.map((x) => JSON.stringify(x)).join(", ")}] as const`);
      const test = type.values.length <= 4 ? type.values.map((x) => `${v} !== ${JSON.stringify(x)}`).join(" && ") : `!(${values} as readonly unknown[]).includes(${v})`;
      typeCheck(test, `${rt("notInEnum")}(${path}, ${v}, ${values})`);
      return { checks, expr: `{ S: ${v} }`, checksMissing };
    }
    case "number":
      if (type.precise) return { checks, expr: `{ N: ${rt("preciseNumber")}(${v}, ${path}) }`, checksMissing };
      numberChecks(ctx, typeCheck, checks, v, path, type.integer, type.min, type.max);
      return { checks, expr: `{ N: String(${v}) }`, checksMissing };
    case "ttl":
      numberChecks(ctx, typeCheck, checks, v, path, true, 0, undefined);
      return { checks, expr: `{ N: String(${v}) }`, checksMissing };
    case "boolean":
      typeCheck(`typeof ${v} !== "boolean"`, `${rt("wrongType")}(${path}, "a boolean", ${v})`);
      return { checks, expr: `{ BOOL: ${v} }`, checksMissing };
    case "binary":
      typeCheck(`!(${v} instanceof Uint8Array)`, `${rt("wrongType")}(${path}, "a Uint8Array", ${v})`);
      lengths(`${v}.byteLength`, type);
      return { checks, expr: `{ B: ${v} }`, checksMissing };
    case "json":
      return { checks, expr: `${rt("marshalJson")}(${v}, ${path})`, checksMissing };
    case "map":
      // A list element passes the list's path and its index: the element's path is built only on a throw.
      return { checks, expr: `{ M: ${marshalMapFunction(name)}(${v}, ${element ? `${element.list}, ${element.index}` : `${path}, -1`}) }`, checksMissing };
    case "set": {
      const elements = freshLocal(ctx, "s");
      const helper = type.of === "string" ? "stringSetValues" : type.of === "number" ? "numberSetValues" : "binarySetValues";
      const tag = type.of === "string" ? "SS" : type.of === "number" ? "NS" : "BS";
      checks.push(`const ${elements} = ${rt(helper)}(${v}, ${path});`);
      lengths(`${elements}.length`, { ...(type.minLength !== undefined ? { minLength: type.minLength } : {}), ...(type.maxLength !== undefined ? { maxLength: type.maxLength } : {}) });
      if (!optional) checks.push(`if (${elements}.length === 0) throw ${rt("emptySet")}(${path});`);
      return { checks, expr: `{ ${tag}: ${elements} }`, checksMissing, ...(optional ? { guard: `${elements}.length > 0` } : {}) };
    }
    case "list": {
      const list = freshLocal(ctx, "l");
      const i = list.replace("l", "i");
      const e = list.replace("l", "e");
      const itemPath = appendPath(path, "[", i);
      const missingElement = type.of.kind === "json" ? undefined : `${rt("required")}(${itemPath})`;
      const inner = marshalValue(ctx, type.of, e, itemPath, elementName(name), false, { list: path, index: i }, undefined, missingElement);
      typeCheck(`!Array.isArray(${v})`, `${rt("wrongType")}(${path}, "an array", ${v})`);
      lengths(`${v}.length`, type);
      // Allocated at its final length and filled by index: cheaper than growing it by push.
      checks.push(
        `const ${list}: AttributeValue[] = new Array(${v}.length);`,
        `for (let ${i} = 0; ${i} < ${list}.length; ${i}++) {`,
        `const ${e} = ${v}[${i}] as ${typeText(type.of, elementName(name))};`,
        ...(missingElement === undefined || inner.checksMissing ? [] : [`if (${e} === undefined || ${e} === null) throw ${missingElement};`]),
        ...inner.checks,
        `${list}[${i}] = ${inner.expr};`,
        ...(sizeVar === undefined ? [] : boundLine(sizeVar, elementSizeBound(type.of, e))),
        `}`,
      );
      return { checks, expr: `{ L: ${list} }`, checksMissing };
    }
  }
}

function numberChecks(ctx: EntityContext, typeCheck: (test: string, error: string) => void, checks: string[], v: string, path: string, integer: boolean, min: number | undefined, max: number | undefined): void {
  const rt = (n: string) => runtime(ctx, n);
  typeCheck(`typeof ${v} !== "number" || !Number.isFinite(${v})`, `${rt("badNumber")}(${path}, ${v})`);
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
  const required = `${runtime(ctx, "required")}(${path})`;
  // A required attribute's type check also tells a missing value apart (json's null is a value).
  const missing = attribute.optional || isJson ? undefined : required;
  const code = marshalValue(ctx, attribute.type, v, path, nestedName(parent, attribute.name), attribute.optional, undefined, sizeVar, missing);
  const write = code.guard ? `if (${code.guard}) {\n${assign(code.expr)}\n}` : assign(code.expr);
  if (!attribute.optional) {
    if (code.checksMissing) return [...code.checks, write];
    const absent = isJson ? `${v} === undefined` : `${v} === undefined || ${v} === null`;
    return [`if (${absent}) throw ${required};`, ...code.checks, write];
  }
  const present = isJson ? `${v} !== undefined` : `${v} !== undefined && ${v} !== null`;
  return [`if (${present}) {`, ...code.checks, write, `}`];
}

function boundLine(sizeVar: string, bound: string | undefined): string[] {
  return bound === undefined ? [] : [`${sizeVar} += ${bound};`];
}
