import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One scripted answer of the fake DynamoDB endpoint. */
export type Reply =
  | { readonly kind: "ok"; readonly body?: unknown }
  | { readonly kind: "error"; readonly status: number; readonly type: string; readonly message?: string }
  | { readonly kind: "slow"; readonly delayMs: number; readonly then: Reply }
  | { readonly kind: "reset" };

/** A 200 answer with a DynamoDB JSON body (default `{}`). */
export const ok = (body: unknown = {}): Reply => ({ kind: "ok", body });
/** A DynamoDB error: `__type` is namespaced the way the service does. */
export const dynamoError = (type: string, status = 400, message = `${type} from the fake`): Reply => ({ kind: "error", status, type, message });
export const throttled = (): Reply => dynamoError("ProvisionedThroughputExceededException");
export const serverError = (status = 500): Reply => dynamoError(status === 503 ? "ServiceUnavailable" : "InternalServerError", status);
/** Answers `then` after `delayMs` (longer than a request timeout makes a timeout). */
export const slow = (delayMs: number, then: Reply = ok()): Reply => ({ kind: "slow", delayMs, then });
/** Destroys the socket without answering. */
export const reset = (): Reply => ({ kind: "reset" });

/** What the fake saw of one request. */
export interface SeenRequest {
  /** `DynamoDB_20120810.GetItem` → `GetItem`. */
  readonly operation: string;
  readonly body: unknown;
  readonly headers: IncomingMessage["headers"];
  /** Index of the TCP connection it arrived on (0 for the first connection). */
  readonly connection: number;
}

export interface FakeDynamoDB {
  readonly endpoint: string;
  readonly requests: readonly SeenRequest[];
  /** Forgets the requests seen so far. */
  readonly clearRequests: () => void;
  /** TCP connections accepted so far. */
  readonly connections: () => number;
  /** Replaces the remaining script; after it runs out every request gets `fallback`. */
  readonly script: (replies: readonly Reply[], fallback?: Reply) => void;
  readonly close: () => Promise<void>;
}

/**
 * A tiny HTTP server on 127.0.0.1 (a free port) that speaks DynamoDB's JSON protocol
 * (`application/x-amz-json-1.0`) and answers from a script: throttles, 5xx, slow answers,
 * connection resets, then success. It counts requests and TCP connections.
 */
export async function startFakeDynamoDB(): Promise<FakeDynamoDB> {
  let queue: Reply[] = [];
  let fallback: Reply = ok();
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const connectionIds = new WeakMap<Socket, number>();
  let connections = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const target = String(req.headers["x-amz-target"] ?? "");
      requests.push({
        operation: target.slice(target.indexOf(".") + 1),
        body: text ? JSON.parse(text) : undefined,
        headers: req.headers,
        connection: connectionIds.get(req.socket) ?? -1,
      });
      answer(queue.shift() ?? fallback, req, res);
    });
  });
  server.on("connection", (socket: Socket) => {
    connectionIds.set(socket, connections++);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    clearRequests: () => void requests.splice(0),
    connections: () => connections,
    script(replies, last = ok()) {
      queue = [...replies];
      fallback = last;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function answer(reply: Reply, req: IncomingMessage, res: ServerResponse): void {
  switch (reply.kind) {
    case "reset":
      req.socket.destroy();
      return;
    case "slow": {
      const timer = setTimeout(() => {
        if (!res.destroyed && !req.socket.destroyed) answer(reply.then, req, res);
      }, reply.delayMs);
      req.socket.once("close", () => clearTimeout(timer));
      return;
    }
    case "ok":
      return send(res, 200, reply.body ?? {});
    case "error":
      return send(res, reply.status, { __type: `com.amazonaws.dynamodb.v20120810#${reply.type}`, message: reply.message });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/x-amz-json-1.0",
    "content-length": Buffer.byteLength(text),
    "x-amzn-requestid": `fake-${Math.random().toString(36).slice(2, 10)}`,
  });
  res.end(text);
}
