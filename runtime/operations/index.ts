// The operation layer generated repositories call: get/create/put/update/delete, queries, scans,
// collections, batch and transactions, each an awaitable Operation with `params()`.
export { Operation } from "./operation.js";
export type { AwaitableOperation, PagedOperation } from "./awaitable.js";
export { ReadOperation } from "./read-operation.js";
export { callLoose, stringKey, type EntityDescriptor, type IndexKeyWriter, type QueryIndex, type RawItem, type SortTemplatePart, type TableContext } from "./descriptor.js";
export { createItem, putItem, type PutOptions } from "./put-item.js";
export { getItem, type GetOptions } from "./get-item.js";
export { deleteItem, type DeleteOptions } from "./delete-item.js";
export { updateItem, updateInput, type UpdateOptions } from "./update-item.js";
export { updateActions, type UpdateChanges } from "./update-actions.js";
export type { ConditionCallback } from "./single-item.js";
export { sortKeyCondition, type SortCondition } from "./sort-condition.js";
export { queryItems, type QueryOptions } from "./query-items.js";
export { scanItems, ScanOperation, type ScanOptions } from "./scan-items.js";
export { readCollection, CollectionOperation, type CollectionDescriptor, type CollectionItem, type CollectionOptions } from "./collection.js";
export { EntityRepository, type BatchGetItems } from "./repository.js";
export { RepositoryBatchWriter, type BatchWriteTarget } from "./batch-writer.js";
export { EntityTransaction, runTransaction, type TransactAction } from "./transaction.js";
export { createTable, deleteTable, describeTable, type CreateTableOptions, type DeleteTableOptions, type TableInfo } from "../table/index.js";
export type { Page } from "../paginate/index.js";
export type { BatchWriterOptions } from "../batch/index.js";
export type { DeleteItemCommandInput, GetItemCommandInput, PutItemCommandInput, QueryCommandInput, ScanCommandInput, UpdateItemCommandInput } from "@aws-sdk/client-dynamodb";
export { atFixedTime, currentTime, timeForToken } from "./clock.js";
