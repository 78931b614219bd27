import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { generate, generateWith } from "./generate.js";
import { formatDiagnostic, type Schema } from "./model/index.js";

const schemaText = (table: string): string => `version: 1
table:
  name: ${table}
  key: { partition: pk }
entities:
  Thing:
    attributes: { id: string }
    key: { partition: "THING#{id}" }
`;

const fakeEmit = (schema: Schema): Map<string, string> =>
  new Map([
    [`${schema.stem}/z.ts`, `z ${schema.hash}`],
    [`${schema.stem}/a.ts`, `a ${schema.source}`],
  ]);

describe("generateWith", () => {
  test("emits every schema and merges the files sorted by path", () => {
    const { files, diagnostics } = generateWith(
      [
        { path: "schemas/beta.yaml", text: schemaText("beta") },
        { path: "schemas/alpha.yaml", text: schemaText("alpha") },
      ],
      fakeEmit,
    );
    expect(diagnostics).toEqual([]);
    expect([...files.keys()]).toEqual(["alpha/a.ts", "alpha/z.ts", "beta/a.ts", "beta/z.ts"]);
    expect(files.get("beta/a.ts")).toBe("a schemas/beta.yaml");
  });

  test("any diagnostic in any file means no files and no emitting", () => {
    let emitted = 0;
    const { files, diagnostics } = generateWith(
      [
        { path: "schemas/fine.yaml", text: schemaText("fine") },
        { path: "schemas/bad.yaml", text: "version: 1\n" },
      ],
      (schema) => {
        emitted += 1;
        return fakeEmit(schema);
      },
    );
    expect(emitted).toBe(0);
    expect(files.size).toBe(0);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'schemas/bad.yaml:1:1: error: the schema is missing "table"',
      'schemas/bad.yaml:1:1: error: the schema is missing "entities"',
    ].sort((a, b) => a.localeCompare(b)));
  });

  test("two files with the same stem clash", () => {
    const { diagnostics } = generateWith(
      [
        { path: "schemas/shop.yaml", text: schemaText("one") },
        { path: "more/Shop.yml", text: schemaText("two") },
      ],
      fakeEmit,
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "more/Shop.yml:1:1: error: schema more/Shop.yml has the same name as schemas/shop.yaml: both would generate Shop/",
    ]);
  });

  test("two files describing the same table clash, at the table name", () => {
    const { diagnostics } = generateWith(
      [
        { path: "schemas/a.yaml", text: schemaText("shared") },
        { path: "schemas/b.yaml", text: schemaText("shared") },
      ],
      fakeEmit,
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'schemas/b.yaml:3:9: error: table name "shared" is also the table of schemas/a.yaml; each schema file describes its own table',
    ]);
  });

  test("an emitter producing one path twice is an internal error", () => {
    expect(() =>
      generateWith(
        [
          { path: "schemas/a.yaml", text: schemaText("aaa") },
          { path: "schemas/b.yaml", text: schemaText("bbb") },
        ],
        () => new Map([["same.ts", ""]]),
      ),
    ).toThrow("two schemas produced the file same.ts");
  });
});

describe("generate with the real emitter", () => {
  const text = readFileSync(new URL("../schemas/shop.yaml", import.meta.url), "utf8");

  test("the example schema produces the shop folder, deterministically", () => {
    const first = generate([{ path: "schemas/shop.yaml", text }]);
    const second = generate([{ path: "schemas/shop.yaml", text }]);
    expect(first.diagnostics).toEqual([]);
    expect(first.files.has("shop/index.ts")).toBe(true);
    expect([...first.files.keys()].every((p) => p.startsWith("shop/"))).toBe(true);
    expect([...first.files.keys()]).toEqual([...first.files.keys()].sort());
    expect(second.files).toEqual(first.files);
  });
});
