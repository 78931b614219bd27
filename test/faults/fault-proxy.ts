import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { jsonResponse, serverErrorResponse, throttleResponse, type CannedResponse, type ThrottleType } from "./fault-responses.js";
import { forwardHeaders, readBody } from "./http-message.js";
import { splitBatchGet, splitBatchWrite, type PartialBatch } from "./partial-batch.js";
import { seededRandom } from "./seeded-random.js";

/**
 * The faults the proxy injects. `resetBeforeForward` drops the connection without the database
 * seeing the request; `resetAfterForward` lets the database apply it, then drops the answer (the
 * dangerous one for conditional writes); `slowResponse` forwards and holds the answer past the
 * client's timeout; `partialBatch` forwards part of a batch and reports the rest as unprocessed.
 */
export const FAULT_KINDS = ["throttle", "serverError", "resetBeforeForward", "resetAfterForward", "slowResponse", "partialBatch"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Per-request probability of each fault; their sum must stay at or below 1. */
export type FaultRates = Partial<Record<FaultKind, number>>;

export interface FaultProxyOptions {
  /** The DynamoDB endpoint to forward to, e.g. `localEndpoint()`. */
  readonly target: string;
  /** Seeds the draws, so a run is repeatable. */
  readonly seed: number;
  readonly rates?: FaultRates;
  /** How long `slowResponse` holds an answer (default 2,000 ms: past the runtime's 1 s timeout). */
  readonly delayMs?: number;
  /** Only requests for these operations (`PutItem`, `BatchWriteItem`...) get faults; default all. */
  readonly operations?: readonly string[];
}

export interface FaultCounts {
  /** Requests received from the client. */
  requests: number;
  /** Requests the database received (in whole or in part, including those whose answer was then lost). */
  forwarded: number;
  injected: Record<FaultKind, number>;
  throttles: Record<ThrottleType, number>;
  serverErrors: { 500: number; 503: number };
  /** Write requests or keys withheld by `partialBatch` and reported back as unprocessed. */
  withheldBatchEntries: number;
  /** Requests received per operation. */
  byOperation: Record<string, number>;
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give it to the client as `endpoint`. */
  readonly endpoint: string;
  /** Live counters. */
  readonly counts: FaultCounts;
  setRates(rates: FaultRates): void;
  /** Injects `kind` into the next `times` requests (of `operation`, when given), ahead of the random draw. */
  force(kind: FaultKind, options?: { times?: number; operation?: string }): void;
  close(): Promise<void>;
}

const emptyCounts = (): FaultCounts => ({
  requests: 0,
  forwarded: 0,
  injected: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
  throttles: { ProvisionedThroughputExceededException: 0, ThrottlingException: 0 },
  serverErrors: { 500: 0, 503: 0 },
  withheldBatchEntries: 0,
  byOperation: {},
});

/** Starts a fault-injecting HTTP proxy on 127.0.0.1 (a free port) in front of DynamoDB. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = seededRandom(options.seed);
  const delayMs = options.delayMs ?? 2000;
  const counts = emptyCounts();
  const forced: { kind: FaultKind; operation?: string; left: number }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let rates: FaultRates = options.rates ?? {};

  const draw = (operation: string): FaultKind | undefined => {
    const roll = random.next(); // drawn for every request, so the sequence depends only on arrival order
    const pending = forced.find((f) => f.left > 0 && (f.operation === undefined || f.operation === operation));
    if (pending) {
      pending.left--;
      return pending.kind;
    }
    if (options.operations && !options.operations.includes(operation)) return undefined;
    let edge = 0;
    for (const kind of FAULT_KINDS) {
      edge += rates[kind] ?? 0;
      if (roll < edge) return kind;
    }
    return undefined;
  };

  const forward = (req: IncomingMessage, body: Buffer): Promise<CannedResponse> => {
    counts.forwarded++;
    return new Promise((resolve, reject) => {
      const upstream = httpRequest(
        options.target,
        { method: req.method, path: req.url, headers: { ...forwardHeaders(req.headers), "content-length": String(body.length) }, agent },
        (answer) => {
          readBody(answer).then((data) => {
            const headers = { ...forwardHeaders(answer.headers), "content-length": String(data.length) };
            resolve({ status: answer.statusCode ?? 502, headers, body: data });
          }, reject);
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });
  };

  const reply = (res: ServerResponse, answer: CannedResponse): void => {
    if (res.destroyed) return;
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const operation = String(req.headers["x-amz-target"] ?? "").split(".")[1] ?? "";
    counts.requests++;
    counts.byOperation[operation] = (counts.byOperation[operation] ?? 0) + 1;
    const requestId = `fault-proxy-${counts.requests}`;
    const kind = draw(operation);
    const partial = kind === "partialBatch" ? splitBatch(operation, body, random) : undefined;
    if (kind && (kind !== "partialBatch" || partial)) counts.injected[kind]++;

    switch (kind) {
      case "throttle": {
        const type = random.pick<ThrottleType>(["ProvisionedThroughputExceededException", "ThrottlingException"]);
        counts.throttles[type]++;
        return reply(res, throttleResponse(type, requestId));
      }
      case "serverError": {
        const status = random.pick<500 | 503>([500, 503]);
        counts.serverErrors[status]++;
        return reply(res, serverErrorResponse(status, requestId));
      }
      case "resetBeforeForward":
        req.socket.resetAndDestroy();
        return;
      case "resetAfterForward":
        await forward(req, body);
        req.socket.resetAndDestroy();
        return;
      case "slowResponse": {
        const answer = await forward(req, body);
        const timer = setTimeout(() => (timers.delete(timer), reply(res, answer)), delayMs);
        timers.add(timer);
        return;
      }
      default:
        if (partial) {
          counts.withheldBatchEntries += partial.withheld;
          const answer = await forward(req, Buffer.from(JSON.stringify(partial.forward)));
          if (answer.status !== 200) return reply(res, answer);
          const merged = partial.merge(JSON.parse(answer.body.toString("utf8")) as Record<string, unknown>);
          return reply(res, jsonResponse(200, merged, answer.headers["x-amzn-requestid"] ?? requestId));
        }
        return reply(res, await forward(req, body));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.keepAliveTimeout = 60_000; // no idle-close races with the client's pooled sockets: only injected faults
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    setRates: (next) => void (rates = next),
    force: (kind, opts = {}) => void forced.push({ kind, operation: opts.operation, left: opts.times ?? 1 }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

function splitBatch(operation: string, body: Buffer, random: ReturnType<typeof seededRandom>): PartialBatch | undefined {
  if (operation !== "BatchWriteItem" && operation !== "BatchGetItem") return undefined;
  const request = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  return operation === "BatchWriteItem" ? splitBatchWrite(request, random) : splitBatchGet(request, random);
}
