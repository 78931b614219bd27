/** Rounds settings: warm-up rounds are run and thrown away, then the median of `rounds` is kept. */
export interface RoundsOptions {
  readonly warmupRounds: number;
  readonly rounds: number;
  /** Calls per round; a round's time divided by this is one sample of the time per call. */
  readonly iterations: number;
}

/** One contender: a name and the call to time (awaited `iterations` times per round). */
export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What {@link timeSideBySide} measures: each round's time per call, and its ratio to the first contender's. */
export interface SideBySide {
  /** Median time per call, by contender name (nanoseconds). */
  readonly medianNs: Map<string, number>;
  /**
   * Median over the rounds of (this contender's time / the first contender's time in the same
   * round): steadier than a ratio of medians when the machine drifts between rounds.
   */
  readonly ratio: Map<string, number>;
}

/**
 * The process's CPU time (user + system, all its threads) in nanoseconds. Section 1 measures
 * client-side work, which is CPU work: unlike wall time, it does not count moments when another
 * process on the shared cores has the CPU.
 */
function cpuNs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

async function timeRound(contender: Contender, iterations: number): Promise<number> {
  const start = cpuNs();
  for (let i = 0; i < iterations; i++) await contender.run();
  return (cpuNs() - start) / iterations;
}

/** A fixed-seed shuffle (xorshift32), so every run of the bench takes the same turns. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed * 2654435761 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Times every contender in the same rounds, taking turns inside each round in an order shuffled
 * round by round, so a slow moment of the machine falls on all of them alike and no contender
 * always runs right after the same other one (whose garbage may be collected in the next one's
 * time). Forcing a collection before each turn was tried and rejected: its background sweeping
 * lands in the next turn's CPU time. Each sample is the CPU time of a turn divided by its calls.
 */
export async function timeSideBySide(contenders: readonly Contender[], options: RoundsOptions): Promise<SideBySide> {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (const contender of shuffled(contenders, round + 1)) {
      const nsPerCall = await timeRound(contender, options.iterations);
      if (round >= options.warmupRounds) samples.get(contender.name)!.push(nsPerCall);
    }
  }
  const first = samples.get(contenders[0]!.name)!;
  return {
    medianNs: new Map([...samples].map(([name, values]) => [name, median(values)])),
    ratio: new Map([...samples].map(([name, values]) => [name, median(values.map((v, i) => v / first[i]!))])),
  };
}

/** A contender whose call is synchronous: timed in a plain loop, without `await` in the way. */
export interface SyncContender {
  readonly name: string;
  readonly run: () => unknown;
}

/** Keeps results alive so the engine cannot drop the timed calls as dead code. */
export let sink: unknown;

/** Times `iterations` calls of `run` and returns the nanoseconds per call. */
type SyncLoop = (run: () => unknown, iterations: number) => number;

/**
 * A timing loop of the contender's own: compiled from source, so it has its own call site and type
 * feedback. One loop shared by every contender makes its call site megamorphic: each call then
 * costs an indirect call through the inline cache (3.5-8 ns measured with a contender that returns
 * its input), the same in every column, which hides part of the gap between a 40 ns call and a
 * 2 µs one. With a loop per contender, that leftover is under 1 ns, and the section prints it.
 * Each call's result is kept in `x`, which leaves the loop, so no call can be dropped as dead code.
 */
function compileLoop(name: string): SyncLoop {
  const label = name.replace(/[^A-Za-z0-9_]/g, "_");
  const source = `return function loop_${label}(run, iterations) {
  const start = process.hrtime.bigint();
  let x;
  for (let i = 0; i < iterations; i++) x = run();
  const ns = Number(process.hrtime.bigint() - start) / iterations;
  keep(x);
  return ns;
}`;
  return new Function("keep", source)((value: unknown) => {
    sink = value;
  }) as SyncLoop;
}

/**
 * `timeSideBySide` for synchronous calls of tens of nanoseconds, where awaiting each call
 * would cost more than the call itself: wall time, each round starting one contender further
 * along, so neither a slow moment of the machine nor the position in the round favours one.
 * Each contender is timed in a loop of its own (see `compileLoop`).
 * Returns the median nanoseconds per call, by contender name.
 */
export function timeSyncSideBySide(contenders: readonly SyncContender[], options: RoundsOptions): Map<string, number> {
  const samples = contenders.map(() => [] as number[]);
  const loops = contenders.map((c) => compileLoop(c.name));
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const which = (round + turn) % contenders.length;
      const nsPerCall = loops[which]!(contenders[which]!.run, options.iterations);
      if (round >= options.warmupRounds) samples[which]!.push(nsPerCall);
    }
  }
  return new Map(contenders.map((c, i) => [c.name, median(samples[i]!)]));
}

/** Wall time of one async call, in nanoseconds. */
export async function wallTime(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start);
}
