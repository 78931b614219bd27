import { describe, expect, test } from "vitest";
import { UsageError, type Command } from "./command.js";
import { optionValue, parseCommandArgs } from "./parse-args.js";

const command: Command = {
  usage: "demo <file> [--out dir] [--check]",
  options: { out: "value", check: "boolean" },
  positionals: ["file"],
  run: async () => 0,
};
const parse = (...argv: string[]) => parseCommandArgs("demo", command, argv);
const usage = "(usage: dynagen demo <file> [--out dir] [--check])";

describe("parseCommandArgs", () => {
  test("options in both spellings, flags and positionals", () => {
    expect(parse("f.yaml", "--out", "o", "--check")).toEqual({ options: { out: "o", check: true }, positionals: ["f.yaml"] });
    expect(parse("--out=o2", "f.yaml")).toEqual({ options: { out: "o2" }, positionals: ["f.yaml"] });
    expect(parse("--", "--odd-name")).toEqual({ options: {}, positionals: ["--odd-name"] });
  });

  test("option values and defaults", () => {
    expect(optionValue(parse("f", "--out", "x"), "out", "generated")).toBe("x");
    expect(optionValue(parse("f"), "out", "generated")).toBe("generated");
  });

  test.each([
    [["f", "--nope"], `unknown option "--nope" for demo ${usage}`],
    [["f", "--out"], `option "--out" needs a value ${usage}`],
    [["f", "--out", "--check"], `option "--out" needs a value ${usage}`],
    [["f", "--out="], `option "--out" needs a value ${usage}`],
    [["f", "--check=yes"], `option "--check" takes no value ${usage}`],
    [[], `demo takes <file>, got none ${usage}`],
    [["a", "b"], `demo takes <file>, got "a" "b" ${usage}`],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parse(...argv)).toThrow(new UsageError(message));
  });
});
