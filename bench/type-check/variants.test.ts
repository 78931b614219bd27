import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH_TMP } from "../report/paths.js";
import { benchEntities } from "./model.js";
import { runTsc } from "./tsc-diagnostics.js";
import { catalogSchemaYaml } from "./write-dynagen.js";
import { electroVariantFiles } from "./write-electrodb.js";
import { writeFolder } from "./write-files.js";
import { plainVariantFiles } from "./write-plain.js";
import { toolboxVariantFiles } from "./write-toolbox.js";

const entities = benchEntities(2);

// A variant that does not compile would time tsc reporting errors, not checking a working model.
describe("type-check variants compile under strict", () => {
  it.each([
    ["plain", plainVariantFiles],
    ["electrodb", electroVariantFiles],
    ["toolbox", toolboxVariantFiles],
  ] as const)("%s", (name, files) => {
    const folder = join(BENCH_TMP, "test-variants", name);
    writeFolder(folder, files(entities));
    const result = runTsc(folder);
    expect(result.errors).toEqual([]);
    expect(result.instantiations).toBeGreaterThan(0);
  });
});

describe("catalogSchemaYaml", () => {
  it("gives each entity its own key prefix so no two keys can collide", () => {
    const yaml = catalogSchemaYaml(entities);
    expect(yaml).toContain('sort: "E000#{createdAt}#{itemId}"');
    expect(yaml).toContain('partition: "E001#{itemId}", sort: "E001"');
    expect(yaml.match(/^ {2}Entity\d{3}:$/gm)).toEqual(["  Entity000:", "  Entity001:"]);
  });
});
