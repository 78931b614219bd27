export { BatchWriter, type BatchWriterOptions } from "./batch-writer.js";
export { batchGet, type BatchGetOptions, type BatchGetResult } from "./batch-get.js";
export { itemKeyString, pickKey, type BatchTarget } from "./item-key.js";
export { backoffDelay, type BatchRetrySettings } from "./backoff.js";
