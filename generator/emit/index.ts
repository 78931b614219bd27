import type { Schema } from "../model/index.js";

/**
 * Emits the TypeScript files for one checked schema, keyed by path relative to the output
 * folder (`shop/index.ts`, `shop/customer.ts`...). Pure: no file system, no console.
 */
export function emitSchema(schema: Schema): Map<string, string> {
  // Placeholder until the emitter lands (it replaces this file).
  throw new Error(`emitter not written yet (schema ${schema.source})`);
}
