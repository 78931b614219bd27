import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createShop } from "../../generated/shop/index.js";
import { localClient, uniqueTableName } from "../dynamodb-local/client.js";

/** One command the client was asked to send, recorded before the SDK does anything with it. */
export interface SentCommand {
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

/** A shop on its own table, over a client that records every command it is asked to send. */
export interface RecordingShop {
  readonly shop: ReturnType<typeof createShop>;
  readonly client: DynamoDBClient;
  readonly sent: SentCommand[];
  readonly tableName: string;
}

/**
 * The recorder sits at the very start of the middleware stack (initialize, high priority), so a
 * command shows up in `sent` as soon as `client.send` is called, before it is serialized.
 */
export async function openRecordingShop(prefix: string): Promise<RecordingShop> {
  const client = localClient();
  const sent: SentCommand[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      sent.push({ operation: String(context.commandName ?? "").replace(/Command$/, ""), input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: "initialize", priority: "high", name: "recordSends" },
  );
  const tableName = uniqueTableName(prefix);
  const shop = createShop({ client, tableName });
  await shop.table.create();
  sent.length = 0;
  return { shop, client, sent, tableName };
}
