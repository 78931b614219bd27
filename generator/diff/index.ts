export { diffSchemas, hasBreakingChange } from "./diff-schemas.js";
export { formatChange, sortChanges, type ChangeSeverity, type SchemaChange } from "./schema-change.js";
