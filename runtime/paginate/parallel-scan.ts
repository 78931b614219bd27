import type { DynamoDBClient, ScanCommandInput } from "@aws-sdk/client-dynamodb";
import { ValidationError } from "../errors/index.js";
import { paginateScan } from "./paginate.js";
import type { Page, PageOptions } from "./read-page.js";

/** How to split a Scan. */
export interface ParallelScanOptions<T> extends Omit<PageOptions<T>, "cursor" | "limit"> {
  /** Number of segments (`TotalSegments`), 1 to 1,000,000. */
  readonly segments: number;
  /** Segments read at the same time (default: min(segments, 4)). Each has at most one read in flight. */
  readonly concurrency?: number;
}

/**
 * Scans a table (or index) as `segments` parallel segments and yields every item once, in the
 * order pages arrive. At most `concurrency` segments are read at a time; the next page of a
 * segment is requested while the current one is being consumed.
 *
 * @example
 * for await (const item of parallelScan(client, { TableName }, { segments: 4, unmarshal, keyAttributes: ["pk", "sk"] })) count++;
 */
export async function* parallelScan<T>(client: DynamoDBClient, input: ScanCommandInput, options: ParallelScanOptions<T>): AsyncGenerator<T, void, undefined> {
  const { segments } = options;
  if (!Number.isInteger(segments) || segments < 1 || segments > 1_000_000) {
    throw new ValidationError("segments", "segments", "must be an integer from 1 to 1000000");
  }
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, segments));
  const waiting = Array.from({ length: segments }, (_, segment) => segment);
  type Next = { iterator: AsyncIterator<Page<T>>; result: IteratorResult<Page<T>> };
  const inFlight = new Map<AsyncIterator<Page<T>>, Promise<Next>>();

  const request = (iterator: AsyncIterator<Page<T>>) => {
    const next = iterator.next().then((result) => ({ iterator, result }));
    next.catch(() => undefined); // observed by the race below; avoids an unhandled rejection after an early exit
    inFlight.set(iterator, next);
  };
  const startNextSegment = () => {
    const segment = waiting.shift();
    if (segment === undefined) return;
    const segmentInput = { ...input, Segment: segment, TotalSegments: segments };
    request(paginateScan(client, segmentInput, options)[Symbol.asyncIterator]());
  };

  try {
    for (let i = 0; i < concurrency; i++) startNextSegment();
    while (inFlight.size > 0) {
      const { iterator, result } = await Promise.race(inFlight.values());
      inFlight.delete(iterator);
      if (result.done) {
        startNextSegment();
        continue;
      }
      request(iterator);
      yield* result.value.items;
    }
  } finally {
    for (const iterator of inFlight.keys()) void iterator.return?.()?.catch(() => undefined);
  }
}
