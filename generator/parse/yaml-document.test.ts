import { describe, expect, test } from "vitest";
import { SourceMap } from "./source-map.js";
import { MAX_SCHEMA_BYTES, parseSchemaYaml } from "./yaml-document.js";

const parse = (text: string) => parseSchemaYaml({ path: "s.yaml", text });

describe("parseSchemaYaml", () => {
  test("a mapping parses", () => {
    const { parsed, diagnostics } = parse("version: 1\ntable: { name: shop }\n");
    expect(diagnostics).toEqual([]);
    expect(parsed?.document.toJS()).toEqual({ version: 1, table: { name: "shop" } });
  });

  test("syntax errors are positioned diagnostics", () => {
    expect(parse("a: 1\nb: [1, 2\nc: 3\n").diagnostics).toEqual([
      { file: "s.yaml", line: 3, col: 1, message: "YAML: Flow sequence in block collection must be sufficiently indented and end with a ]" },
    ]);
  });

  test("duplicate keys are errors", () => {
    expect(parse("a: 1\na: 2\n").diagnostics).toEqual([{ file: "s.yaml", line: 2, col: 1, message: "YAML: Map keys must be unique" }]);
  });

  test("empty and comment-only files", () => {
    expect(parse("").diagnostics).toEqual([{ file: "s.yaml", line: 1, col: 1, message: "schema file is empty" }]);
    expect(parse("# only\n").diagnostics[0]?.message).toBe("schema file is empty");
  });

  test("a document that is not a mapping", () => {
    expect(parse("\n- a\n- b\n").diagnostics).toEqual([
      { file: "s.yaml", line: 2, col: 1, message: "schema must be a mapping (version, table, entities...)" },
    ]);
    expect(parse("just text\n").diagnostics[0]?.message).toBe("schema must be a mapping (version, table, entities...)");
  });

  test("alias bombs are refused", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const name of ["b", "c", "d", "e"]) {
      const prev = levels.length === 1 ? "a" : String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    expect(parse(`${levels.join("\n")}\n`).diagnostics).toEqual([
      { file: "s.yaml", line: 1, col: 1, message: "YAML: Excessive alias count indicates a resource exhaustion attack" },
    ]);
  });

  test("oversized files are refused before parsing", () => {
    expect(parse(`a: "${"x".repeat(MAX_SCHEMA_BYTES)}"\n`).diagnostics).toEqual([
      { file: "s.yaml", line: 1, col: 1, message: `schema file is larger than ${MAX_SCHEMA_BYTES} characters` },
    ]);
  });
});

describe("SourceMap", () => {
  const text = 'top:\n  inner: { key: "AB{x}" }\n  plain: AB{y}\n  list: [one, two]\n';
  const map = new SourceMap(parse(text).parsed!);

  test("values and keys", () => {
    expect(map.position(["top", "inner", "key"])).toEqual({ line: 2, col: 17 });
    expect(map.position(["top", "inner", "key"], "key")).toEqual({ line: 2, col: 12 });
    expect(map.position(["top", "list", 1])).toEqual({ line: 4, col: 15 });
  });

  test("a missing path falls back to the nearest ancestor", () => {
    expect(map.position(["top", "inner", "nope"])).toEqual({ line: 2, col: 10 });
  });

  test("characters inside quoted and plain scalars", () => {
    expect(map.positionInScalar(["top", "inner", "key"], 2)).toEqual({ line: 2, col: 20 });
    expect(map.positionInScalar(["top", "plain"], 2)).toEqual({ line: 3, col: 12 });
  });
});
