/** A `sleep` for the retry policy that records each requested wait and returns at once. */
export function recordingSleep(): { readonly sleep: (ms: number) => Promise<void>; readonly waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}

/** A `random` that returns the given values in turn, then repeats the last one. */
export function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[Math.min(index++, values.length - 1)] ?? 0;
}

/** Fake credentials and region for clients pointed at the fake server (it checks no signature). */
export const FAKE_CLIENT = {
  region: "us-east-1",
  credentials: { accessKeyId: "fake", secretAccessKey: "fake" },
} as const;
