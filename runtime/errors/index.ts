export * from "./classes.js";
export { DynagenError, sdkMetadata, type DynagenErrorOptions } from "./dynagen-error.js";
