import { resolve } from "node:path";
import { formatDiagnostic } from "../model/index.js";
import { EXIT, type Command } from "./command.js";
import { displayPath } from "./display-path.js";
import { compareTrees, readTree, writeTreeAtomically } from "./output-tree.js";
import { guardOutputContents, guardOutputPath } from "./output-guard.js";
import { optionValue } from "./parse-args.js";
import { readSchemaFolder } from "./schema-files.js";

/** `dynagen generate [--schemas schemas] [--out generated] [--check] [--typecheck-output]` */
export const generateCommand: Command = {
  usage: "generate [--schemas schemas] [--out generated] [--check] [--typecheck-output]",
  options: { schemas: "value", out: "value", check: "boolean", "typecheck-output": "boolean" },
  positionals: [],
  async run(args, io) {
    const schemasFolder = optionValue(args, "schemas", "schemas");
    const outFolder = optionValue(args, "out", "generated");
    const sources = await readSchemaFolder(schemasFolder, io.cwd);
    // Loaded on use: the emitter is not needed by the other commands.
    const { generate } = await import("../generate.js");
    const result = generate(sources, { typecheckOutput: args.options["typecheck-output"] === true });
    if (result.diagnostics.length > 0) {
      for (const d of result.diagnostics) io.err(formatDiagnostic(d));
      return EXIT.failed;
    }
    const folder = resolve(io.cwd, outFolder);
    const shown = displayPath(folder, io.cwd);
    const check = args.options["check"] === true;
    if (!check) guardOutputPath(outFolder, schemasFolder, io.cwd);
    const existing = await readTree(folder);
    if (check) {
      const differences = compareTrees(existing, result.files);
      for (const d of differences) io.err(`${d.kind}: ${shown}/${d.path}`);
      if (differences.length > 0) {
        io.err(`dynagen: ${shown} is out of date with the schemas; run dynagen generate`);
        return EXIT.failed;
      }
      io.out(`dynagen: ${shown} is up to date (${result.files.size} files)`);
      return EXIT.ok;
    }
    guardOutputContents(outFolder, existing);
    await writeTreeAtomically(folder, result.files);
    io.out(`dynagen: wrote ${result.files.size} files to ${shown}`);
    return EXIT.ok;
  },
};
