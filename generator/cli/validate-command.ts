import { checkSources } from "../check/index.js";
import { formatDiagnostic } from "../model/index.js";
import { EXIT, type Command } from "./command.js";
import { optionValue } from "./parse-args.js";
import { readSchemaFolder } from "./schema-files.js";

/** `dynagen validate [--schemas schemas]`: checks every schema, writes nothing. */
export const validateCommand: Command = {
  usage: "validate [--schemas schemas]",
  options: { schemas: "value" },
  positionals: [],
  async run(args, io) {
    const sources = await readSchemaFolder(optionValue(args, "schemas", "schemas"), io.cwd);
    const { diagnostics } = checkSources(sources);
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (diagnostics.length > 0) return EXIT.failed;
    io.out(`dynagen: ${sources.length} schema file${sources.length === 1 ? "" : "s"} valid`);
    return EXIT.ok;
  },
};
