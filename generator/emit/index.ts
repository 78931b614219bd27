import type { Schema } from "../model/index.js";
import { collectionModulePath, emitCollectionFile } from "./collection-file.js";
import { emitEntityFile, entityModuleName } from "./entity-file.js";
import { emitIndexFile } from "./index-file.js";
import { emitTableFile } from "./table-file.js";

export { createTableInput, type CreateTableInput } from "./table-definition.js";

/**
 * Emits the TypeScript files for one checked schema, keyed by path relative to the output
 * folder (`shop/index.ts`, `shop/customer.ts`...). Pure: no file system, no console.
 * Deterministic: the same model gives the same bytes.
 */
export function emitSchema(schema: Schema): Map<string, string> {
  const files = new Map<string, string>();
  for (const entity of schema.entities) {
    files.set(`${schema.stem}/${entityModuleName(entity)}.ts`, emitEntityFile(schema, entity));
  }
  for (const collection of schema.collections) files.set(collectionModulePath(schema, collection), emitCollectionFile(schema, collection));
  files.set(`${schema.stem}/table.ts`, emitTableFile(schema));
  files.set(`${schema.stem}/index.ts`, emitIndexFile(schema));
  return files;
}
