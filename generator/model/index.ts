export type * from "./attribute.js";
export * from "./diagnostic.js";
export * from "./entity.js";
export * from "./key-template.js";
export * from "./schema.js";
export * from "./table.js";
