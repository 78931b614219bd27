import { describe, expect, test } from "vitest";
import { printStatements, StructureKind, VariableDeclarationKind } from "./structures.js";

// The printer leaves indentation to reindent (which re-indents every line by bracket depth), so
// these expectations are the lines and blank lines it produces, before reindent.
describe("printStatements", () => {
  test("imports: type-only names and declarations, one line each", () => {
    const text = printStatements([
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "dynagen/runtime", namedImports: ["keyString", { name: "TableContext", isTypeOnly: true }] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./order.js", isTypeOnly: true, namedImports: ["Order"] },
    ]);
    expect(text).toBe('import { keyString, type TableContext } from "dynagen/runtime";\nimport type { Order } from "./order.js";\n');
  });

  test("a blank line around functions and interfaces and after anything ending in }, none between variables and type aliases", () => {
    const text = printStatements([
      { kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "A", initializer: '"a"' }] },
      { kind: StructureKind.TypeAlias, isExported: true, name: "B", type: "string" },
      { kind: StructureKind.Function, isExported: true, name: "f", parameters: [{ name: "x", type: "number" }, { name: "y", type: "string", hasQuestionToken: true }], returnType: "number", statements: "return x;" },
      { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "C", type: "{ a: number }", initializer: "{\na: 1,\n}" }] },
      { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "D", initializer: "1" }] },
      { kind: StructureKind.Interface, name: "E", properties: [{ name: "e", type: "string", isReadonly: true, hasQuestionToken: true }], methods: [{ name: "m", parameters: [{ name: "k", type: "E" }], returnType: "void" }] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./x.js" },
    ]);
    expect(text).toBe(
      [
        'export const A = "a";',
        "export type B = string;",
        "",
        "export function f(x: number, y?: string): number {",
        "return x;",
        "}",
        "",
        "const C: { a: number } = {",
        "a: 1,",
        "};",
        "const D = 1;",
        "",
        "interface E {",
        "readonly e?: string;",
        "m(k: E): void;",
        "}",
        "",
        'export * from "./x.js";',
        "",
      ].join("\n"),
    );
  });

  test("docs: one line as /** … */, several lines as a block with a bare * for an empty line", () => {
    const text = printStatements([
      { kind: StructureKind.TypeAlias, name: "A", type: "1", docs: ["Short."] },
      { kind: StructureKind.TypeAlias, name: "B", type: "2", docs: ["First line.\n\n@example\nb()"] },
    ]);
    expect(text).toBe(["/** Short. */", "type A = 1;", "/**", " * First line.", " *", " * @example", " * b()", " */", "type B = 2;", ""].join("\n"));
  });

  test("docs: a `*/` from the schema (a key template, an enum value) cannot end the comment", () => {
    const text = printStatements([
      { kind: StructureKind.TypeAlias, name: "A", type: "1", docs: ["Renders `DOC*/{id}`."] },
      { kind: StructureKind.TypeAlias, name: "B", type: "2", docs: ["Key:\n\n@example\nb() // { pk: \"*/*/\" }"] },
    ]);
    expect(text).toBe(["/** Renders `DOC*\\/{id}`. */", "type A = 1;", "/**", " * Key:", " *", " * @example", ' * b() // { pk: "*\\/*\\/" }', " */", "type B = 2;", ""].join("\n"));
  });

  test("a body given as statements: one per line, a blank line after one ending in }", () => {
    const text = printStatements([{ kind: StructureKind.Function, name: "g", statements: ["if (a) {\nb();\n}", "return c;", "d();"] }]);
    expect(text).toBe(["function g() {", "if (a) {", "b();", "}", "", "return c;", "d();", "}", ""].join("\n"));
  });
});
