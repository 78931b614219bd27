// dynagen's runtime: what generated repositories import, usable on its own.
export * from "./errors/index.js";
export * from "./marshal/index.js";
export * from "./expressions/index.js";
export * from "./client/index.js";
export * from "./paginate/index.js";
export * from "./batch/index.js";
export * from "./transact/index.js";
export * from "./table/index.js";
export * from "./operations/index.js";
