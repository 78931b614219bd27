import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { compareTrees, readTree, writeTreeAtomically } from "./output-tree.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "dynagen-tree-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("writeTreeAtomically", () => {
  test("creates the folder with exactly the files, leaving no temporary folder", async () => {
    const out = join(root, "generated");
    await writeTreeAtomically(out, new Map([["shop/index.ts", "i"], ["shop/order.ts", "o"]]));
    expect(await readTree(out)).toEqual(new Map([["shop/index.ts", "i"], ["shop/order.ts", "o"]]));
    expect(await readdir(root)).toEqual(["generated"]);
  });

  test("replaces an existing folder and drops files no longer generated", async () => {
    const out = join(root, "generated");
    await mkdir(join(out, "old"), { recursive: true });
    await writeFile(join(out, "old", "gone.ts"), "stale");
    await writeFile(join(out, "keep.ts"), "before");
    await writeTreeAtomically(out, new Map([["keep.ts", "after"]]));
    expect(await readTree(out)).toEqual(new Map([["keep.ts", "after"]]));
    expect(await readdir(root)).toEqual(["generated"]);
  });

  test("a failure while writing leaves the previous output untouched", async () => {
    const out = join(root, "generated");
    await mkdir(out);
    await writeFile(join(out, "a.ts"), "previous");
    // "x" is a file, so "x/y.ts" cannot be written.
    await expect(writeTreeAtomically(out, new Map([["x", "file"], ["x/y.ts", "child"]]))).rejects.toThrow();
    expect(await readFile(join(out, "a.ts"), "utf8")).toBe("previous");
    expect(await readdir(root)).toEqual(["generated"]);
  });
});

describe("readTree and compareTrees", () => {
  test("a missing folder reads as empty", async () => {
    expect(await readTree(join(root, "absent"))).toEqual(new Map());
  });

  test("stale, missing and extra files, sorted by path", () => {
    const existing = new Map([["b.ts", "old"], ["c.ts", "same"], ["d.ts", "extra"]]);
    const wanted = new Map([["a.ts", "new"], ["b.ts", "new"], ["c.ts", "same"]]);
    expect(compareTrees(existing, wanted)).toEqual([
      { kind: "missing", path: "a.ts" },
      { kind: "stale", path: "b.ts" },
      { kind: "extra", path: "d.ts" },
    ]);
    expect(compareTrees(wanted, wanted)).toEqual([]);
  });
});
