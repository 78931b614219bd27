import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Order, OrderKey, OrderStatus } from "../order/order.js";

/**
 * What the benchmark uses of the code dynagen generates from bench/schemas/bench.yaml, written
 * from SPEC §4 so the harness compiles before the generator exists. Once bench/generated/ is
 * committed, `loadGeneratedBench` finds it; replacing the dynamic import there with a static
 * `import { createBench } from "../generated/bench/index.js"` lets tsc check these shapes.
 */
export interface GeneratedOrderRepository {
  put(order: Order): PromiseLike<unknown>;
  get(key: OrderKey): PromiseLike<Order | undefined>;
  update(
    key: OrderKey,
    changes: { set: { status: OrderStatus } },
    options: { if: (attributes: { status: { eq(value: OrderStatus): unknown } }) => unknown },
  ): PromiseLike<Order | undefined>;
  query: { primary(key: { customerId: string }): PromiseLike<{ items: Order[] }> };
}

export interface GeneratedBatchWriter {
  put(repository: GeneratedOrderRepository, order: Order): void;
  close(): Promise<unknown>;
}

export interface GeneratedBenchDb {
  order: GeneratedOrderRepository;
  batchWriter(): GeneratedBatchWriter;
}

export interface GeneratedBench {
  createBench(options: { client: DynamoDBClient; tableName?: string }): GeneratedBenchDb;
}

/** The per-entity straight-line marshaller the emitter writes into generated/<stem>/<entity>.ts. */
export interface GeneratedOrderMarshaller {
  marshalOrder(order: Order): Record<string, AttributeValue>;
  unmarshalOrder(raw: Record<string, AttributeValue>): Order;
}

async function importIfBuilt<T>(relativePath: string): Promise<T | undefined> {
  try {
    return (await import(new URL(relativePath, import.meta.url).href)) as T;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

/** The generated `createBench`, or undefined while bench/generated/ does not exist. */
export const loadGeneratedBench = () => importIfBuilt<GeneratedBench>("../generated/bench/index.js");

/** The generated `marshalOrder`/`unmarshalOrder`, or undefined while they do not exist. */
export const loadGeneratedOrderMarshaller = () => importIfBuilt<GeneratedOrderMarshaller>("../generated/bench/order.js");
