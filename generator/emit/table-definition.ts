import type { Table } from "../model/index.js";

/** A KeySchema element as CreateTable takes it. */
export interface KeySchemaElement {
  AttributeName: string;
  KeyType: "HASH" | "RANGE";
}

/** The CreateTable input for a table, as plain JSON (the shape of `CreateTableCommandInput`). */
export interface CreateTableInput {
  TableName: string;
  AttributeDefinitions: { AttributeName: string; AttributeType: "S" }[];
  KeySchema: KeySchemaElement[];
  BillingMode: "PAY_PER_REQUEST";
  GlobalSecondaryIndexes?: { IndexName: string; KeySchema: KeySchemaElement[]; Projection: { ProjectionType: "ALL" } }[];
  LocalSecondaryIndexes?: { IndexName: string; KeySchema: KeySchemaElement[]; Projection: { ProjectionType: "ALL" } }[];
}

/**
 * The model's table as a CreateTable input: every key attribute a string (keys are rendered
 * templates), on-demand billing, secondary indexes projecting ALL.
 *
 * @example createTableInput(schema.table).KeySchema // [{ AttributeName: "pk", KeyType: "HASH" }, ...]
 */
export function createTableInput(table: Table): CreateTableInput {
  const names: string[] = [];
  const define = (name: string | undefined) => {
    if (name !== undefined && !names.includes(name)) names.push(name);
  };
  const keySchema = (partition: string, sort: string | undefined): KeySchemaElement[] => {
    define(partition);
    define(sort);
    return sort === undefined ? [{ AttributeName: partition, KeyType: "HASH" }] : [{ AttributeName: partition, KeyType: "HASH" }, { AttributeName: sort, KeyType: "RANGE" }];
  };
  const input: CreateTableInput = {
    TableName: table.name,
    AttributeDefinitions: [],
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    BillingMode: "PAY_PER_REQUEST",
  };
  const global = table.indexes.filter((i) => i.type === "global");
  const local = table.indexes.filter((i) => i.type === "local");
  if (global.length > 0) input.GlobalSecondaryIndexes = global.map((i) => ({ IndexName: i.name, KeySchema: keySchema(i.partitionKey, i.sortKey), Projection: { ProjectionType: "ALL" } }));
  if (local.length > 0) input.LocalSecondaryIndexes = local.map((i) => ({ IndexName: i.name, KeySchema: keySchema(table.partitionKey, i.sortKey), Projection: { ProjectionType: "ALL" } }));
  input.AttributeDefinitions = names.map((name) => ({ AttributeName: name, AttributeType: "S" }));
  return input;
}
