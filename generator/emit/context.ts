import type { AttributeType, Entity, Schema } from "../model/index.js";

/** What emitters of one entity file share: the runtime names used and module-level constants. */
export interface EntityContext {
  readonly schema: Schema;
  readonly entity: Entity;
  /** Value imports from `dynagen/runtime`. */
  readonly runtime: Set<string>;
  /** Type-only imports from `dynagen/runtime`. */
  readonly runtimeTypes: Set<string>;
  /** Module-level `const` declarations (compiled regexes...), name → initializer, in first-use order. */
  readonly constants: Map<string, string>;
  /** List readers to emit: function name → the list's element type and element name. */
  readonly listReaders: Map<string, { readonly of: AttributeType; readonly name: string }>;
  /** Counter for unique local names inside generated functions. */
  locals: number;
}

export function createContext(schema: Schema, entity: Entity): EntityContext {
  return { schema, entity, runtime: new Set(), runtimeTypes: new Set(["AttributeValue"]), constants: new Map(), listReaders: new Map(), locals: 0 };
}

/** Records a runtime value import and returns its name. */
export function runtime(ctx: EntityContext, name: string): string {
  ctx.runtime.add(name);
  return name;
}

/** A fresh local name (`l1`, `i2`...) for loops and temporaries. */
export function freshLocal(ctx: EntityContext, base: string): string {
  ctx.locals += 1;
  return `${base}${ctx.locals}`;
}
