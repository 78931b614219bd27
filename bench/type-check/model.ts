/**
 * The model of the type-check benchmark, written once and rendered for each library: `count`
 * entities of nine attributes each, all in one table keyed
 * `TENANT#{tenantId}` / `<PREFIX>#{createdAt}#{itemId}`, each with a GSI
 * `<PREFIX>#{itemId}` / `<PREFIX>`. The prefix differs per entity so no two keys can collide.
 */
export interface BenchEntity {
  /** `Entity007` */
  readonly name: string;
  /** `entity007`: the variable (and dynagen repository) name */
  readonly camel: string;
  /** `E007`: the literal that starts this entity's sort key and GSI keys */
  readonly prefix: string;
}

export const TYPE_CHECK_ENTITY_COUNT = 200;

export function benchEntities(count = TYPE_CHECK_ENTITY_COUNT): BenchEntity[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(3, "0");
    return { name: `Entity${n}`, camel: `entity${n}`, prefix: `E${n}` };
  });
}

export const STATUS_VALUES = ["draft", "active", "archived"] as const;

/** The value every variant's usage code puts, as TypeScript source (all but the optional note). */
export const PUT_VALUES_SOURCE =
  '{ tenantId: "t1", itemId: "i1", createdAt: "2026-01-01T00:00:00.000Z", name: "n", status: "active", ' +
  "amount: 1.5, quantity: 2, active: true }";

export const TENANT = "t1";

/** The shared compiler options: strict, skipLibCheck, NodeNext, nothing emitted. */
export function tsconfigText(include: readonly string[]): string {
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022", "ESNext.Disposable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  };
  return JSON.stringify({ compilerOptions, include }, null, 2) + "\n";
}
