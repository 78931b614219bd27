import { StructureKind } from "./structures.js";
import type { Schema } from "../model/index.js";
import { entityModuleName } from "./entity-file.js";
import { emitFactory } from "./factory.js";
import { printFile, type Statements } from "./source-file.js";

/** `shop/index.ts`: re-exports every entity module and the table definition. */
export function emitIndexFile(schema: Schema): string {
  const file: Statements = [];
  for (const entity of schema.entities) file.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${entityModuleName(entity)}.js` });
  file.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: "./table.js" });
  emitFactory(file, schema);
  return printFile(schema, file);
}
