import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { loadSchema } from "../check/index.js";
import { createTableInput, type CreateTableInput } from "../emit/table-definition.js";
import { formatDiagnostic, type Table } from "../model/index.js";
import { EXIT, UsageError, type Command } from "./command.js";
import { displayPath } from "./display-path.js";
import { optionValue } from "./parse-args.js";

const FORMATS = ["create-table", "cloudformation"] as const;

/**
 * `dynagen table <schema.yaml> [--format create-table|cloudformation]`: the table definition the
 * generated `table.ts` holds, as CreateTable JSON or as a CloudFormation `AWS::DynamoDB::Table`
 * resource, printed as stable JSON (2-space indent, fixed key order).
 */
export const tableCommand: Command = {
  usage: "table <schema.yaml> [--format create-table|cloudformation]",
  options: { format: "value" },
  positionals: ["schema"],
  async run(args, io) {
    const format = optionValue(args, "format", "create-table");
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${FORMATS.join(" or ")}, got "${format}"`);
    const absolute = resolve(io.cwd, args.positionals[0]!);
    if (!(await stat(absolute).catch(() => undefined))?.isFile()) throw new UsageError(`schema file "${args.positionals[0]}" does not exist`);
    const { schema, diagnostics } = loadSchema({ path: displayPath(absolute, io.cwd), text: await readFile(absolute, "utf8") });
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (!schema) return EXIT.failed;
    const output = format === "cloudformation" ? cloudFormationTable(schema.table) : createTableInput(schema.table);
    io.out(JSON.stringify(output, null, 2));
    return EXIT.ok;
  },
};

/** A CloudFormation `AWS::DynamoDB::Table` resource (paste it under `Resources` with a logical id). */
export interface CloudFormationTable {
  Type: "AWS::DynamoDB::Table";
  Properties: Omit<CreateTableInput, "GlobalSecondaryIndexes" | "LocalSecondaryIndexes"> &
    Partial<Pick<CreateTableInput, "GlobalSecondaryIndexes" | "LocalSecondaryIndexes">> & {
      TimeToLiveSpecification?: { AttributeName: string; Enabled: true };
    };
}

/**
 * The table as a CloudFormation resource: the CreateTable input's properties (CloudFormation uses
 * the same names) plus `TimeToLiveSpecification` when the schema has a ttl attribute.
 *
 * @example cloudFormationTable(schema.table).Properties.KeySchema // [{ AttributeName: "pk", KeyType: "HASH" }, ...]
 */
export function cloudFormationTable(table: Table): CloudFormationTable {
  const properties: CloudFormationTable["Properties"] = { ...createTableInput(table) };
  if (table.ttlAttribute !== undefined) properties.TimeToLiveSpecification = { AttributeName: table.ttlAttribute, Enabled: true };
  return { Type: "AWS::DynamoDB::Table", Properties: properties };
}
