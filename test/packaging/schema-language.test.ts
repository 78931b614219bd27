import { Ajv } from "ajv";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import schemaLanguage from "../../generator/schema-language.json" with { type: "json" };
import { REPO } from "./pack-project.js";
import { NOTES_SCHEMA } from "./smoke-app.js";

type JsonSchema = { [key: string]: unknown };
const ID = schemaLanguage.$id;

/** Every user-facing property schema (`properties` entries; `if` conditions are not properties), by JSON pointer. */
function propertySchemas(node: unknown, pointer = ""): [string, JsonSchema][] {
  if (node === null || typeof node !== "object") return [];
  const found: [string, JsonSchema][] = [];
  for (const [key, child] of Object.entries(node as JsonSchema)) {
    if (key === "if") continue;
    const at = `${pointer}/${key}`;
    if (key === "properties") for (const [name, property] of Object.entries(child as JsonSchema)) found.push([`${at}/${name}`, property as JsonSchema]);
    found.push(...propertySchemas(child, at));
  }
  return found;
}

function ajv(): Ajv {
  const instance = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, strictRequired: false });
  instance.addSchema(schemaLanguage);
  return instance;
}

/** The repository's valid example schemas: the demo's, the benchmark's, the accepted golden cases, and the smoke test's. */
function exampleSchemas(): [string, string][] {
  const files: [string, string][] = [];
  const add = (path: string) => files.push([path, readFileSync(join(REPO, path), "utf8")]);
  for (const folder of ["schemas", "bench/schemas"]) {
    if (!existsSync(join(REPO, folder))) continue;
    for (const name of readdirSync(join(REPO, folder)).filter((n) => /\.ya?ml$/.test(n)).sort()) add(`${folder}/${name}`);
  }
  const golden = join(REPO, "test", "golden");
  if (existsSync(golden)) {
    for (const name of readdirSync(golden).sort()) {
      const accepted = existsSync(join(golden, name, "schema.yaml")) && !existsSync(join(golden, name, "expected", "stderr.txt"));
      if (accepted) add(`test/golden/${name}/schema.yaml`);
    }
  }
  add("test/table-export/no-ttl.yaml");
  files.push(["test/packaging/smoke-app.ts (NOTES_SCHEMA)", NOTES_SCHEMA]);
  return files;
}

describe("schema-language.json for editors", () => {
  const properties = propertySchemas(schemaLanguage);

  it("describes every property, so yaml-language-server shows help on hover", () => {
    expect(properties.length).toBeGreaterThan(40);
    const undocumented = properties.filter(([, schema]) => typeof schema["description"] !== "string" || (schema["description"] as string).length < 10).map(([pointer]) => pointer);
    expect(undocumented).toEqual([]);
  });

  it("describes every definition and the document itself", () => {
    const definitions = Object.entries(schemaLanguage.definitions as Record<string, JsonSchema>);
    expect(definitions.filter(([, schema]) => typeof schema["description"] !== "string").map(([name]) => name)).toEqual([]);
    expect(schemaLanguage.description).toMatch(/DynamoDB/);
  });

  it("gives examples that are themselves valid for the property they illustrate", () => {
    const validator = ajv();
    const withExamples = properties.filter(([, schema]) => Array.isArray(schema["examples"]));
    expect(withExamples.length).toBeGreaterThan(30);
    const invalid: string[] = [];
    for (const [pointer, schema] of withExamples) {
      const validate = validator.compile({ $ref: `${ID}#${pointer}` });
      for (const example of schema["examples"] as unknown[]) if (!validate(example)) invalid.push(`${pointer}: ${JSON.stringify(example)}`);
    }
    expect(invalid).toEqual([]);
  });

  it("accepts the repository's example schemas", () => {
    const validate = ajv().getSchema(ID)!;
    const examples = exampleSchemas();
    expect(examples.map(([path]) => path)).toContain("schemas/shop.yaml");
    const rejected = examples.filter(([, text]) => !validate(parse(text))).map(([path]) => `${path}: ${JSON.stringify(validate.errors)}`);
    expect(rejected).toEqual([]);
  });

  it("rejects what the language forbids (a misspelled modifier), so the examples check can fail", () => {
    const validate = ajv().getSchema(ID)!;
    const text = NOTES_SCHEMA.replace("default: 0", "defualt: 0");
    expect(validate(parse(text))).toBe(false);
  });
});
