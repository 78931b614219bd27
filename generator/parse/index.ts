export { parseAttributeShorthand, SHORTHAND_TYPES, type ShorthandType } from "./attribute-shorthand.js";
export { parseKeyTemplate, type KeyTemplateError, type KeyTemplateResult } from "./key-template.js";
export { SourceMap, type DocumentPath, type SourcePosition } from "./source-map.js";
export { MAX_ALIAS_COUNT, MAX_SCHEMA_BYTES, parseSchemaYaml, type ParsedYaml } from "./yaml-document.js";
