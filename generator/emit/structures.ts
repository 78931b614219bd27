import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

// ts-morph is CommonJS. Imported from an ES module, Node first scans its source for export names
// (about 0.1 s of every generate run); required, it is simply loaded. Emitters take the ts-morph
// values they need from here.
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

export const { printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
