import { cpus, platform, release, totalmem } from "node:os";

/** The lines printed above every run: where and how the numbers were taken. */
export function machineHeader(command: string): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? "unknown cpu";
  return [
    `dynagen benchmarks — ${new Date().toISOString()}`,
    `command: ${command}`,
    `machine: ${processors.length} cpus (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}`,
    `node ${process.version}`,
  ].join("\n");
}
