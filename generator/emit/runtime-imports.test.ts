import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { RUNTIME_TYPES } from "../check/check-names.js";
import { localName, RUNTIME_VALUES } from "./names.js";

// The names generated files import from `dynagen/runtime`: every quoted name in an emitter that
// the runtime exports (`runtime(ctx, "keyString")`, `types("PutOptions", …)`, `namedImports`…).
// Read from the sources, so a helper an emitter starts to import cannot be missed by the lists.
const here = dirname(fileURLToPath(import.meta.url));
const runtimeIndex = resolve(here, "../../runtime/index.ts");

function runtimeExports(): { values: Set<string>; types: Set<string> } {
  const program = ts.createProgram([runtimeIndex], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(runtimeIndex)!)!;
  const values = new Set<string>();
  const types = new Set<string>();
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & ts.SymbolFlags.Value) values.add(symbol.name);
    if (target.flags & ts.SymbolFlags.Type) types.add(symbol.name);
  }
  return { values, types };
}

function quotedNamesInEmitters(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    for (const match of readFileSync(join(here, file), "utf8").matchAll(/"([A-Za-z_$][\w$]*)"/g)) names.add(match[1]!);
  }
  return names;
}

// Quoted in emitters as names of generated methods and parameters, not imported.
const NOT_IMPORTED = new Set(["batchGet", "key", "update"]);

const exported = runtimeExports();
const quoted = new Set([...quotedNamesInEmitters()].filter((name) => !NOT_IMPORTED.has(name)));
const importedValues = [...exported.values].filter((name) => quoted.has(name)).sort();
const importedTypes = [...exported.types].filter((name) => quoted.has(name) && /^[A-Z]/.test(name)).sort();

describe("names generated code imports from dynagen/runtime", () => {
  test("the emitters do import some (the search works)", () => {
    expect(importedValues).toEqual(expect.arrayContaining(["required", "keyString", "wrongType", "MAX_ITEM_BYTES"]));
    expect(importedTypes).toEqual(expect.arrayContaining(["Page", "EntityRepository", "TableContext", "AttributeValue"]));
  });

  test("names.ts lists every runtime value an emitter imports, so no attribute's local can take one", () => {
    expect(importedValues.filter((name) => !RUNTIME_VALUES.includes(name))).toEqual([]);
    for (const name of importedValues) expect(localName(name)).toBe(`${name}_`);
  });

  test("check-names.ts lists every type-like name an emitter imports, so no entity can be named after one", () => {
    const pascal = [...importedValues, ...importedTypes].filter((name) => /^[A-Z][A-Za-z0-9]*$/.test(name));
    expect(pascal.filter((name) => !RUNTIME_TYPES.has(name))).toEqual([]);
  });
});
