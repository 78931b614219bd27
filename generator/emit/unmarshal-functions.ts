import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { EntityContext } from "./context.js";
import { mapShapes } from "./type-text.js";
import { readAttributes, readList, unmarshalMapFunction } from "./unmarshal-value.js";

/**
 * Emits `unmarshalCustomer(raw)`: reads every attribute of the known shape straight-line (key
 * and type attributes are left out), plus one reader per nested map and per list.
 */
export function emitUnmarshalFunctions(file: Statements, ctx: EntityContext): void {
  const { entity } = ctx;
  file.push({ kind: StructureKind.Function,
    name: `unmarshal${entity.name}`,
    isExported: true,
    docs: [`Reads one ${entity.name} from DynamoDB's AttributeValue map (as GetItem or Query return it).\n\n@example\nconst item = unmarshal${entity.name}(response.Item!);`],
    parameters: [{ name: "raw", type: "Record<string, AttributeValue>" }],
    returnType: entity.name,
    statements: readAttributes(ctx, entity.attributes, entity.name, entity.name).join("\n"),
  });
  for (const shape of mapShapes(entity)) {
    file.push({ kind: StructureKind.Function,
      name: unmarshalMapFunction(shape.name),
      parameters: [{ name: "raw", type: "Record<string, AttributeValue>" }],
      returnType: shape.name,
      statements: readAttributes(ctx, shape.attributes, shape.name, shape.name).join("\n"),
    });
  }
  // Readers register further readers (lists of lists) while they are built.
  const done = new Set<string>();
  for (let pending = [...ctx.listReaders.keys()]; pending.length > 0; pending = [...ctx.listReaders.keys()].filter((n) => !done.has(n))) {
    for (const name of pending) {
      done.add(name);
      const reader = ctx.listReaders.get(name)!;
      const { returnType, statements } = readList(ctx, reader.of, reader.name);
      file.push({ kind: StructureKind.Function, name, parameters: [{ name: "list", type: "AttributeValue[]" }], returnType, statements: statements.join("\n") });
    }
  }
}
