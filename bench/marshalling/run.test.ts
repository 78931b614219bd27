import { describe, expect, it } from "vitest";
import { marshalOrder, unmarshalOrder } from "../generated/bench/order.js";
import { timeSyncSideBySide } from "../report/side-by-side.js";
import { measureMarshalling, renderMarshalling, type MarshallingTimes } from "./run.js";

const few = { warmupRounds: 1, rounds: 3, iterations: 50 };

function times(utilNs: number, dynagenNs: number, handNs: number): MarshallingTimes {
  const row = { "util-dynamodb": utilNs, dynagen: dynagenNs, "hand-written": handNs };
  return { ns: { marshal: row, unmarshal: row }, loopNs: { marshal: 0.3, unmarshal: 0.4 } };
}

describe("section 2 (marshalling alone)", () => {
  it("times every column and the loop alone, with the generated marshaller in place", () => {
    const measured = measureMarshalling({ marshalOrder, unmarshalOrder }, few);
    for (const operation of ["marshal", "unmarshal"] as const) {
      expect(Object.keys(measured.ns[operation]).sort()).toEqual(["dynagen", "hand-written", "util-dynamodb"]);
      for (const ns of Object.values(measured.ns[operation])) expect(ns).toBeGreaterThan(0);
      expect(measured.loopNs[operation]).toBeGreaterThanOrEqual(0);
    }
  });

  it("refuses to time a marshaller whose output differs from the others'", () => {
    const wrong = { marshalOrder: (order: Parameters<typeof marshalOrder>[0]) => ({ ...marshalOrder(order), extra: { S: "x" } }), unmarshalOrder };
    expect(() => measureMarshalling(wrong, few)).toThrow("dynagen's marshalled item differs from the others'");
  });

  it("reports the median time and the median of the per-process speed-ups", () => {
    // Speed-ups per process: 40x, 20x, 25x (median 25x); times' median 200 ns.
    const table = renderMarshalling([times(4000, 100, 80), times(6000, 300, 80), times(5000, 200, 80)]);
    expect(table).toContain("median of 3 fresh processes");
    expect(table).toMatch(/^marshal +5\.00 µs \(baseline\) +200 ns \(0\.04x, 25\.0x faster\) +80 ns \(0\.02x, 62\.5x faster\)$/m);
    expect(table).toContain("dynagen's speed-up in each process: marshal 40.0/20.0/25.0, unmarshal 40.0/20.0/25.0.");
    expect(table).toContain("took 0.3 ns (marshal row) and 0.4 ns (unmarshal row) per call");
  });

  it("shows a column that was not measured as not built", () => {
    const row = { "util-dynamodb": 4000, "hand-written": 80 };
    const table = renderMarshalling([{ ns: { marshal: row, unmarshal: row }, loopNs: { marshal: 0.3, unmarshal: 0.3 } }]);
    expect(table).toMatch(/^marshal +4\.00 µs \(baseline\) +n\/a \(not built yet\) +80 ns/m);
    expect(table).toContain("one process");
  });
});

describe("timeSyncSideBySide", () => {
  it("times each contender in a loop of its own and calls it the asked number of times", () => {
    const calls = new Map<string, number>();
    const count = (name: string) => () => calls.set(name, (calls.get(name) ?? 0) + 1);
    const result = timeSyncSideBySide([{ name: "a b", run: count("a b") }, { name: "c-d", run: count("c-d") }], { warmupRounds: 1, rounds: 2, iterations: 10 });
    expect([...result.keys()]).toEqual(["a b", "c-d"]);
    expect(calls.get("a b")).toBe(30);
    expect(calls.get("c-d")).toBe(30);
  });
});
