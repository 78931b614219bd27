import { spawn, type ChildProcess } from "node:child_process";
import { connect, type Socket } from "node:net";

// A child Node process listens with a backlog of 1, then blocks its event loop so it never
// calls accept(): once the kernel's accept queue is full, new connections hang in SYN.
const CHILD = `
const net = require("node:net");
const server = net.createServer();
server.listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () => {
  require("node:fs").writeSync(1, String(server.address().port) + "\\n");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});
`;

export interface UnacceptingListener {
  readonly endpoint: string;
  readonly close: () => void;
}

/**
 * A loopback address whose TCP connections never complete: the way to test a connect
 * timeout without leaving the machine.
 */
export async function startUnacceptingListener(): Promise<UnacceptingListener> {
  const child: ChildProcess = spawn(process.execPath, ["-e", CHILD], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.stdout?.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  const fillers: Socket[] = [];
  // Fill the accept queue until a connection stays pending.
  for (let i = 0; i < 16; i++) {
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    fillers.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once("connect", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) break;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close() {
      for (const socket of fillers) socket.destroy();
      child.kill("SIGKILL");
    },
  };
}
