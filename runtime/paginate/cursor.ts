import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { createHash, createHmac } from "node:crypto";
import { CursorError } from "../errors/index.js";

/** What a cursor belongs to: the index it was read from and that index's key attributes (table keys + index keys). */
export interface CursorScope {
  /** Index name, or `""` for the table itself. */
  readonly index: string;
  /** The attribute names of a position in that index, in a fixed order. */
  readonly keyAttributes: readonly string[];
  /** Optional secret: the check value becomes an HMAC, so a client cannot forge positions. */
  readonly secret?: string;
  /**
   * What was read in that index: a query's key condition with its names and values, or `scan`
   * (see `cursorScopeOf`). A cursor resumes only the read it came from: another partition's
   * position would be a DynamoDB ValidationException, a scan's would resume a query mid-way.
   */
  readonly read?: string;
}

type KeyValue = { S: string } | { N: string } | { B: string };

const MAX_CURSOR_LENGTH = 4096;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Encodes a position (the key of the last item returned) as an opaque, URL-safe cursor bound to
 * one index: base64url of `{"i":index,"k":key,"c":check}`.
 *
 * @example
 * const cursor = encodeCursor({ pk: { S: "C#1" }, sk: { S: "ORDER#9" } }, { index: "", keyAttributes: ["pk", "sk"] });
 */
export function encodeCursor(key: Record<string, AttributeValue>, scope: CursorScope): string {
  const k: Record<string, KeyValue> = {};
  for (const name of scope.keyAttributes) {
    const value = key[name];
    if (value === undefined) throw new CursorError(`cannot encode a cursor: the key has no attribute "${name}"`);
    k[name] = toKeyValue(name, value);
  }
  if (Object.keys(key).length !== scope.keyAttributes.length) {
    throw new CursorError(`cannot encode a cursor: expected exactly the attributes ${scope.keyAttributes.join(", ")}`);
  }
  const json = JSON.stringify(k);
  const payload = scope.read === undefined ? { i: scope.index, k, c: check(scope, json) } : { i: scope.index, r: readTag(scope.read), k, c: check(scope, json) };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/**
 * Decodes a cursor made by {@link encodeCursor} into an `ExclusiveStartKey`. A malformed or
 * tampered cursor, or one from another index, is a `CursorError` (never sent to DynamoDB).
 *
 * @example
 * const start = decodeCursor(cursor, { index: "gsi1", keyAttributes: ["pk", "sk", "gsi1pk", "gsi1sk"] });
 */
export function decodeCursor(cursor: string, scope: CursorScope): Record<string, AttributeValue> {
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw new CursorError("the cursor is not a dynagen cursor");
  }
  const payload = parseJson(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!isRecord(payload) || typeof payload.i !== "string" || typeof payload.c !== "string" || !isRecord(payload.k)) {
    throw new CursorError("the cursor is not a dynagen cursor");
  }
  if (payload.i !== scope.index) {
    throw new CursorError(`the cursor belongs to ${describe(payload.i)}, not to ${describe(scope.index)}`);
  }
  if ((scope.read === undefined ? undefined : readTag(scope.read)) !== payload.r) {
    throw new CursorError("the cursor belongs to another read of this index (another partition, sort condition, or a scan): restart from the first page");
  }
  const names = Object.keys(payload.k);
  if (names.length !== scope.keyAttributes.length || scope.keyAttributes.some((n) => !names.includes(n))) {
    throw new CursorError(`the cursor's key attributes (${names.join(", ")}) are not ${scope.keyAttributes.join(", ")}`);
  }
  const k: Record<string, KeyValue> = {};
  const key: Record<string, AttributeValue> = {};
  for (const name of scope.keyAttributes) {
    const value = checkKeyValue(name, payload.k[name]);
    k[name] = value;
    key[name] = fromKeyValue(value);
  }
  if (check(scope, JSON.stringify(k)) !== payload.c) throw new CursorError("the cursor was altered");
  return key;
}

/** A short digest of what was read, carried in the cursor so another read's cursor gets a clear error. */
function readTag(read: string): string {
  return createHash("sha256").update(read).digest("base64url").slice(0, 8);
}

function check(scope: CursorScope, json: string): string {
  const text = scope.read === undefined ? `${scope.index}\n${json}` : `${scope.index}\n${scope.read}\n${json}`;
  const hash = scope.secret === undefined ? createHash("sha256") : createHmac("sha256", scope.secret);
  return hash.update(text).digest("base64url").slice(0, 11);
}

function toKeyValue(name: string, value: AttributeValue): KeyValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString("base64") };
  throw new CursorError(`cannot encode a cursor: key attribute "${name}" is not a string, number or binary`);
}

function fromKeyValue(value: KeyValue): AttributeValue {
  if ("S" in value) return { S: value.S };
  if ("N" in value) return { N: value.N };
  return { B: new Uint8Array(Buffer.from(value.B, "base64")) };
}

function checkKeyValue(name: string, value: unknown): KeyValue {
  if (isRecord(value) && Object.keys(value).length === 1) {
    if (typeof value.S === "string") return { S: value.S };
    if (typeof value.N === "string" && NUMBER.test(value.N)) return { N: value.N };
    if (typeof value.B === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(value.B)) return { B: value.B };
  }
  throw new CursorError(`the cursor's value for "${name}" is not a string, number or binary`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CursorError("the cursor is not a dynagen cursor");
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function describe(index: string): string {
  return index === "" ? "the table" : `index "${index}"`;
}
