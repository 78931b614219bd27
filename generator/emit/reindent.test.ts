import { describe, expect, test } from "vitest";
import { reindent } from "./reindent.js";

describe("reindent", () => {
  test("indents by bracket depth, two spaces a level; a leading closer dedents its own line", () => {
    const flat = ["function f() {", "const x = {", "a: [", "1,", "],", "}, y = (", "2", ");", "}"].join("\n");
    expect(reindent(flat)).toBe(["function f() {", "  const x = {", "    a: [", "      1,", "    ],", "  }, y = (", "    2", "  );", "}"].join("\n"));
  });

  test("brackets inside strings and comments do not count", () => {
    const flat = ['f("{[(", \'}\', `)`);', "// {", "/* ( */ g();", "h();"].join("\n");
    expect(reindent(flat)).toBe(flat);
  });

  test("JSDoc lines get the depth's indent and one space before the star; blank lines stay blank", () => {
    const flat = ["interface A {", "/**", "* Doc { not code", "*/", "a: string;", "", "}"].join("\n");
    expect(reindent(flat)).toBe(["interface A {", "  /**", "   * Doc { not code", "   */", "  a: string;", "", "}"].join("\n"));
  });

  test("an escaped quote does not end a string", () => {
    expect(reindent('x("\\"{");\ny();')).toBe('x("\\"{");\ny();');
  });
});
