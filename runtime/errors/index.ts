export * from "./classes.js";
export { DynagenError, sdkMetadata, type DynagenErrorOptions } from "./dynagen-error.js";
export { toDynagenError, type SdkErrorContext } from "./from-sdk-error.js";
