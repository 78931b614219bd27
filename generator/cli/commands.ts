import type { Command } from "./command.js";
import { diffCommand } from "./diff-command.js";
import { generateCommand } from "./generate-command.js";
import { tableCommand } from "./table-command.js";
import { validateCommand } from "./validate-command.js";

/** The dispatch table: command name → handler. New commands plug in with one line each. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  generate: generateCommand,
  validate: validateCommand,
  diff: diffCommand,
  table: tableCommand,
};
