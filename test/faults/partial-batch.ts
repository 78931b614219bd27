import type { SeededRandom } from "./seeded-random.js";

/** What the proxy forwards of a batch request, and how it folds the withheld part into the answer. */
export interface PartialBatch {
  /** The request body to forward: only the kept part. */
  readonly forward: unknown;
  /** How many write requests or keys were withheld. */
  readonly withheld: number;
  /** Adds the withheld part to the database's real answer as UnprocessedItems / UnprocessedKeys. */
  merge(answer: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;

/**
 * Withholds a random part (at least one, never all) of a BatchWriteItem's write requests.
 * Returns undefined when the request has fewer than two, so there is nothing to split.
 */
export function splitBatchWrite(request: Json, random: SeededRandom): PartialBatch | undefined {
  const items = (request.RequestItems ?? {}) as Record<string, unknown[]>;
  const split = splitEntries(items, random);
  if (!split) return undefined;
  return {
    forward: { ...request, RequestItems: split.kept },
    withheld: split.count,
    merge(answer) {
      const unprocessed = { ...((answer.UnprocessedItems ?? {}) as Record<string, unknown[]>) };
      for (const [table, requests] of Object.entries(split.withheld)) {
        unprocessed[table] = [...(unprocessed[table] ?? []), ...requests];
      }
      return { ...answer, UnprocessedItems: unprocessed };
    },
  };
}

interface KeysAndAttributes extends Json {
  Keys: unknown[];
}

/**
 * Withholds a random part (at least one, never all) of a BatchGetItem's keys. The withheld keys
 * come back with the table's other settings (projection, names, consistency), as DynamoDB does.
 */
export function splitBatchGet(request: Json, random: SeededRandom): PartialBatch | undefined {
  const tables = (request.RequestItems ?? {}) as Record<string, KeysAndAttributes>;
  const keys: Record<string, unknown[]> = {};
  for (const [table, spec] of Object.entries(tables)) keys[table] = spec.Keys ?? [];
  const split = splitEntries(keys, random);
  if (!split) return undefined;
  const rebuild = (part: Record<string, unknown[]>): Record<string, KeysAndAttributes> => {
    const out: Record<string, KeysAndAttributes> = {};
    for (const [table, tableKeys] of Object.entries(part)) out[table] = { ...tables[table], Keys: tableKeys };
    return out;
  };
  const withheld = rebuild(split.withheld);
  return {
    forward: { ...request, RequestItems: rebuild(split.kept) },
    withheld: split.count,
    merge(answer) {
      const unprocessed = { ...((answer.UnprocessedKeys ?? {}) as Record<string, KeysAndAttributes>) };
      for (const [table, spec] of Object.entries(withheld)) {
        const before = unprocessed[table];
        unprocessed[table] = before ? { ...before, Keys: [...before.Keys, ...spec.Keys] } : spec;
      }
      return { ...answer, UnprocessedKeys: unprocessed };
    },
  };
}

/** Splits per-table lists into kept and withheld parts: each entry withheld with probability 1/2. */
function splitEntries(
  lists: Record<string, unknown[]>,
  random: SeededRandom,
): { kept: Record<string, unknown[]>; withheld: Record<string, unknown[]>; count: number } | undefined {
  const flat = Object.entries(lists).flatMap(([table, list]) => list.map((entry) => ({ table, entry })));
  if (flat.length < 2) return undefined;
  const marks = flat.map(() => random.next() < 0.5);
  // At least one forwarded (else DynamoDB would have thrown a throttle), at least one withheld.
  if (marks.every(Boolean)) marks[random.int(marks.length)] = false;
  if (!marks.some(Boolean)) marks[random.int(marks.length)] = true;
  const kept: Record<string, unknown[]> = {};
  const withheld: Record<string, unknown[]> = {};
  flat.forEach(({ table, entry }, i) => {
    const target = marks[i] ? withheld : kept;
    (target[table] ??= []).push(entry);
  });
  return { kept, withheld, count: marks.filter(Boolean).length };
}
