export { transactWrite, type TransactWriteOptions } from "./transact-write.js";
export { transactGet } from "./transact-get.js";
export { MAX_TRANSACTION_ACTIONS } from "./limits.js";
