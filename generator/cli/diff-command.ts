import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { loadSchema, type SchemaSource } from "../check/index.js";
import { diffSchemas, formatChange, hasBreakingChange } from "../diff/index.js";
import { formatDiagnostic, type Schema } from "../model/index.js";
import { EXIT, UsageError, type Command, type CommandIO } from "./command.js";
import { displayPath } from "./display-path.js";
import { readSchemaFolder } from "./schema-files.js";

const run = promisify(execFile);

/**
 * `dynagen diff <old> <new>`: classifies every change between two versions of the schemas. Each
 * side is a schema folder or file; the old side may instead be a git revision, read at the new
 * side's path (`dynagen diff origin/main schemas`). Exit 1 when any change is breaking.
 */
export const diffCommand: Command = {
  usage: "diff <old-schemas|git-revision> <new-schemas>",
  options: {},
  positionals: ["old", "new"],
  async run(args, io) {
    const [oldSpec, newSpec] = args.positionals as [string, string];
    if (!(await exists(io.cwd, newSpec))) throw new UsageError(`"${newSpec}" is not a schema folder or file`);
    const oldSources = (await exists(io.cwd, oldSpec)) ? await readSide(oldSpec, io.cwd) : await readRevision(oldSpec, newSpec, io.cwd);
    const old = loadAll(oldSources, io);
    const next = loadAll(await readSide(newSpec, io.cwd), io);
    if (!old || !next) return EXIT.failed;
    const changes = diffSchemas(old, next);
    for (const change of changes) io.out(formatChange(change));
    const breaking = changes.filter((c) => c.severity === "breaking").length;
    io.out(changes.length === 0 ? "dynagen: no schema changes" : `dynagen: ${breaking} breaking, ${changes.length - breaking} safe`);
    return hasBreakingChange(changes) ? EXIT.failed : EXIT.ok;
  },
};

/** The models of every source, or undefined after printing the diagnostics of any that failed. */
function loadAll(sources: readonly SchemaSource[], io: CommandIO): Schema[] | undefined {
  const schemas: Schema[] = [];
  let failed = false;
  for (const source of sources) {
    const { schema, diagnostics } = loadSchema(source);
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (schema) schemas.push(schema);
    else failed = true;
  }
  return failed ? undefined : schemas;
}

async function exists(cwd: string, spec: string): Promise<boolean> {
  return (await stat(resolve(cwd, spec)).catch(() => undefined)) !== undefined;
}

async function readSide(spec: string, cwd: string): Promise<SchemaSource[]> {
  const absolute = resolve(cwd, spec);
  if ((await stat(absolute)).isDirectory()) return readSchemaFolder(relative(cwd, absolute) || ".", cwd);
  return [{ path: displayPath(absolute, cwd), text: await readFile(absolute, "utf8") }];
}

/** The schemas at `newSpec`'s path as they were at a git revision (none when the path did not exist then). */
async function readRevision(revision: string, newSpec: string, cwd: string): Promise<SchemaSource[]> {
  const git = (...argv: string[]) => run("git", argv, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const verified = await git("rev-parse", "--verify", "--quiet", `${revision}^{commit}`).catch(() => undefined);
  if (!verified) throw new UsageError(`"${revision}" is neither a schema folder or file nor a git revision`);
  const absolute = resolve(cwd, newSpec);
  const rel = (relative(cwd, absolute) || ".").split(sep).join("/");
  const isFolder = (await stat(absolute)).isDirectory();
  // ls-tree takes and prints paths relative to the working folder.
  const listed = await git("ls-tree", "--name-only", "-z", revision, "--", isFolder ? `${rel}/` : rel);
  const paths = listed.stdout.split("\0").filter((p) => /\.ya?ml$/.test(p)).sort();
  return Promise.all(
    paths.map(async (path) => {
      const shown = path.includes("/") ? path : `./${path}`;
      const { stdout } = await git("show", `${revision}:./${path}`);
      return { path: `${revision}:${shown}`, text: stdout };
    }),
  );
}
