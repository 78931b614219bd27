import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import * as runtime from "../../runtime/index.js";
import { generate } from "../generate.js";

// Loads the marshaller generated for test/golden/awkward-names, whose attributes are named like the
// marshaller's own locals, loop temporaries, runtime helpers and globals, and runs it: a clash
// would be a SyntaxError on load or call the attribute's value instead of the helper.
const here = dirname(fileURLToPath(import.meta.url));
const schema = resolve(here, "../../test/golden/awkward-names/schema.yaml");

type Marshal = (item: Record<string, unknown>) => Record<string, { S?: string; N?: string; L?: unknown[]; M?: Record<string, unknown> }>;

function loadMarshalDoc(): Marshal {
  const { files, diagnostics } = generate([{ path: "schemas/awkward.yaml", text: readFileSync(schema, "utf8") }]);
  expect(diagnostics).toEqual([]);
  const source = files.get("awkward/doc.ts")!;
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  const require = (name: string) => {
    if (name !== "dynagen/runtime") throw new Error(`unexpected import ${name}`);
    return runtime;
  };
  new Function("exports", "require", js)(exports, require);
  return exports.marshalDoc as Marshal;
}

const valid = () => ({
  id: "d1", size: 7, size_: 8, required: "yes", String: "s", Number: 3, Array: true, keyString: "k",
  l1: ["a", "b"], status: "draft", code: "abc", i1: 4, s1: new Set(["x"]), tag: "t",
  sections: [{ index: 2, path: "p", size: 9 }],
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("a marshaller whose attributes are named like its own locals and helpers", () => {
  const marshalDoc = loadMarshalDoc();

  test("writes every attribute from its own value", () => {
    const out = marshalDoc(valid());
    expect(out.size).toEqual({ N: "7" });
    expect(out.size_).toEqual({ N: "8" });
    expect(out.required).toEqual({ S: "yes" });
    expect(out.Number).toEqual({ N: "3" });
    expect(out.l1).toEqual({ L: [{ S: "a" }, { S: "b" }] });
    expect(out.i1).toEqual({ N: "4" });
    expect(out.sections).toEqual({ L: [{ M: { index: { N: "2" }, path: { S: "p" }, size: { N: "9" } } }] });
    expect(out.pk).toEqual({ S: "DOC*/d1" });
    expect(out.sk).toEqual({ S: "KEY#k" });
    expect(out.gsi1pk).toEqual({ S: "TAG#t" });
  });

  test("a missing `required` attribute is validation.required, not a call of its value", () => {
    const { required: _, ...item } = valid();
    const error = thrown(() => marshalDoc(item));
    expect(error).toBeInstanceOf(runtime.ValidationError);
    expect(error).toMatchObject({ code: "validation.required", path: "required" });
  });

  test("a nested map's `index` member does not replace the element's position in paths", () => {
    const item = { ...valid(), sections: [{ index: 0, path: "p" }, { path: "q" }] };
    expect(thrown(() => marshalDoc(item))).toMatchObject({ code: "validation.required", path: "sections[1].index" });
  });
});
