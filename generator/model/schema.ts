import type { Collection, Entity } from "./entity.js";
import type { Table } from "./table.js";

/** One checked schema file: a table and the entities stored in it. Frozen; emitters read only this. */
export interface Schema {
  /** Source path as given to the generator, with forward slashes (`schemas/shop.yaml`). */
  readonly source: string;
  /** sha256 of the source text, hex. */
  readonly hash: string;
  /** File stem (`shop`): names the output folder and the `createShop` factory. */
  readonly stem: string;
  readonly table: Table;
  readonly entities: readonly Entity[];
  readonly collections: readonly Collection[];
}

/** Deep-freezes a model value so no stage can change what another stage reads. */
export function freezeModel<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) freezeModel(child);
  }
  return value;
}
