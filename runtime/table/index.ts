export { createTable, type CreateTableOptions } from "./create-table.js";
export { deleteTable, type DeleteTableOptions } from "./delete-table.js";
export { describeTable, tableInfo, type TableInfo } from "./describe-table.js";
export type { WaitSettings } from "./waiting.js";
