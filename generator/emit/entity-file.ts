import { StructureKind, VariableDeclarationKind } from "./structures.js";
import type { Entity, Schema } from "../model/index.js";
import { createContext } from "./context.js";
import { emitDefaults } from "./defaults.js";
import { emitEntityDescriptor } from "./entity-descriptor.js";
import { emitEntityRefs } from "./entity-refs.js";
import { emitEntityTypes } from "./entity-types.js";
import { emitKeyBuilders } from "./key-builders.js";
import { emitMarshalFunctions } from "./marshal-functions.js";
import { constantCase, kebabCase } from "./names.js";
import { emitRepository } from "./repository.js";
import { printFile, type Statements } from "./source-file.js";
import { usesPreciseNumber } from "./type-text.js";
import { emitUnmarshalFunctions } from "./unmarshal-functions.js";
import { emitValueMarshallers } from "./value-marshallers.js";

/** `order-line` for entity `OrderLine`: the module's file name without extension. */
export function entityModuleName(entity: Entity): string {
  return kebabCase(entity.name);
}

/** `shop/customer.ts`: types, key builders, defaults, marshal and unmarshal for one entity. */
export function emitEntityFile(schema: Schema, entity: Entity): string {
  const ctx = createContext(schema, entity);
  const file: Statements = [];
  emitEntityTypes(file, ctx);
  const name = constantCase(entity.name);
  const version = entity.attributes.find((a) => a.version);
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The value the type attribute holds for this entity."],
    declarations: [{ name: `${name}_ENTITY`, initializer: `${JSON.stringify(entity.name)}` }],
  });
  file.push({ kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The optimistic-locking version attribute, if the entity has one."],
    declarations: [{ name: `${name}_VERSION_ATTRIBUTE`, type: version ? undefined : "string | undefined", initializer: version ? JSON.stringify(version.name) : "undefined" }],
  });
  emitKeyBuilders(file, ctx);
  emitDefaults(file, ctx);
  emitMarshalFunctions(file, ctx);
  emitUnmarshalFunctions(file, ctx);
  emitValueMarshallers(file, ctx);
  emitEntityRefs(file, ctx);
  emitEntityDescriptor(file, ctx);
  emitRepository(file, ctx);
  // Module-level constants (enum values, compiled patterns) go right after the imports.
  const constants: Statements = [...ctx.constants].map(([constant, initializer]) => ({
    kind: StructureKind.VariableStatement,
    isExported: constant.endsWith("_VALUES"),
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: constant, initializer }],
  }));
  // Readers no longer construct NumberValue, but the entity's types still name it.
  if (!ctx.runtime.has("NumberValue") && ctx.entity.attributes.some((a) => usesPreciseNumber(a.type))) ctx.runtimeTypes.add("NumberValue");
  const types = [...ctx.runtimeTypes].sort();
  const values = [...ctx.runtime].sort();
  const imports: Statements = [{
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: "dynagen/runtime",
    namedImports: [...values.map((n) => ({ name: n })), ...types.map((n) => ({ name: n, isTypeOnly: true }))].sort((a, b) => a.name.localeCompare(b.name)),
  }];
  return printFile(schema, [...imports, ...constants, ...file]);
}
