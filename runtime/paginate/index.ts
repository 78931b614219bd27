export { encodeCursor, decodeCursor, type CursorScope } from "./cursor.js";
export { readPage, cursorScopeOf, type Page, type PageOptions, type ReadRequest } from "./read-page.js";
export { paginateQuery, paginateScan, itemsOf } from "./paginate.js";
export { parallelScan, type ParallelScanOptions } from "./parallel-scan.js";
