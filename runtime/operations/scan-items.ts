import type { ScanCommandInput } from "@aws-sdk/client-dynamodb";
import { and, compileParams, type Condition } from "../expressions/index.js";
import { ValidationError } from "../errors/index.js";
import { parallelScan } from "../paginate/index.js";
import type { EntityDescriptor, TableContext } from "./descriptor.js";
import { pageOptions } from "./query-items.js";
import { ReadOperation } from "./read-operation.js";
import { loose, ofEntityType } from "./single-item.js";

/** Options of a scan. */
export interface ScanOptions<Refs> {
  readonly where?: (attributes: Refs) => Condition;
  /** Items per page, counted after `where`. */
  readonly limit?: number;
  readonly cursor?: string;
  readonly consistent?: boolean;
  /** `all()` reads this many segments in parallel (awaiting and `pages()` read one segment at a time). */
  readonly segments?: number;
  /** Segments read at the same time by `all()` (default min(segments, 4)). */
  readonly concurrency?: number;
}

/** A scan of one entity's items; `all()` runs parallel segments when `segments` is given. */
export class ScanOperation<T> extends ReadOperation<T, ScanCommandInput> {
  readonly #run: () => AsyncIterable<T>;
  constructor(table: TableContext, build: () => ScanCommandInput, options: ScanOptions<unknown>, descriptor: EntityDescriptor<T, never, never>) {
    const plan = { kind: "scan" as const, options: pageOptions(descriptor.unmarshal, descriptor.keyAttributes, options) };
    super(table.client, build, plan);
    const segments = options.segments;
    this.#run = () => {
      if (segments === undefined) return super.all();
      // A cursor marks a place in one sequential scan; parallel segments would start over and repeat items.
      if (options.cursor !== undefined) return failing(new ValidationError("cursorWithSegments", "cursor", "a scan with `segments` reads from the start; resume it without `segments`, or drop the cursor"));
      const parallel: { segments: number; concurrency?: number; unmarshal: typeof descriptor.unmarshal; keyAttributes: readonly string[] } = { segments, unmarshal: descriptor.unmarshal, keyAttributes: descriptor.keyAttributes };
      if (options.concurrency !== undefined) parallel.concurrency = options.concurrency;
      return parallelScan(table.client, this.params(), parallel);
    };
  }

  /** Every item, read in `segments` parallel segments when given. @example for await (const p of shop.product.scan({ segments: 4 }).all()) n++ */
  override all(): AsyncIterable<T> {
    return this.#run();
  }
}

/** An iterable whose first step rejects with `error`. */
async function* failing<T>(error: Error): AsyncIterable<T> {
  throw error;
}

/**
 * Scans the table for one entity's items (filtered on its type attribute).
 *
 * @example
 * for await (const product of scanItems(table, PRODUCT, { segments: 4 }).all()) index(product);
 */
export function scanItems<Item, Key, Create, Refs>(table: TableContext, descriptor: EntityDescriptor<Item, Key, Create>, options: ScanOptions<Refs> = {}): ScanOperation<Item> {
  const build = (): ScanCommandInput => {
    const ofType = ofEntityType(loose(descriptor));
    const filter = options.where === undefined ? ofType : and(ofType, options.where(descriptor.refs as Refs));
    const input: ScanCommandInput = { TableName: table.tableName, ...compileParams({ filter }) };
    if (options.consistent !== undefined) input.ConsistentRead = options.consistent;
    return input;
  };
  return new ScanOperation(table, build, options as ScanOptions<unknown>, descriptor as unknown as EntityDescriptor<Item, never, never>);
}
