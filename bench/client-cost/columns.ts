import { createDocumentClientOperations } from "./document-client.js";
import { createDynagenOperations } from "./dynagen.js";
import { createElectroOperations } from "./electrodb.js";
import type { ClientColumn } from "./operations.js";
import { createRawOperations } from "./raw.js";
import { createToolboxOperations } from "./toolbox.js";

/**
 * Section 1's columns; the first is the baseline of the ratios. A column whose library part is
 * not built yet takes `create: undefined` and prints as n/a.
 */
export const CLIENT_COLUMNS: readonly ClientColumn[] = [
  { name: "raw client", create: createRawOperations },
  { name: "dynagen", create: createDynagenOperations },
  { name: "lib-dynamodb", create: createDocumentClientOperations },
  { name: "ElectroDB", create: createElectroOperations },
  { name: "dynamodb-toolbox", create: createToolboxOperations },
];

/** A second raw client, timed like every column but not printed as one: its ratio is the noise floor. */
export const CONTROL_COLUMN: ClientColumn = { name: "raw client, second instance", create: createRawOperations };
