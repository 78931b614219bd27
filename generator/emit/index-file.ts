import type { Project } from "ts-morph";
import type { Schema } from "../model/index.js";
import { entityModuleName } from "./entity-file.js";
import { emitFactory } from "./factory.js";
import { finishFile } from "./source-file.js";

/** `shop/index.ts`: re-exports every entity module and the table definition. */
export function emitIndexFile(project: Project, schema: Schema): string {
  const file = project.createSourceFile(`${schema.stem}/index.ts`, "", { overwrite: true });
  for (const entity of schema.entities) file.addExportDeclaration({ moduleSpecifier: `./${entityModuleName(entity)}.js` });
  file.addExportDeclaration({ moduleSpecifier: "./table.js" });
  emitFactory(file, schema);
  return finishFile(schema, file);
}
