export { BatchWriter, type BatchWriterOptions } from "./batch-writer.js";
export { batchGet, type BatchGetOptions, type BatchGetResult } from "./batch-get.js";
export { keyString, keyOf, type BatchTarget } from "./item-key.js";
export { backoffDelay, type RetrySettings } from "./backoff.js";
