import { StructureKind } from "./structures.js";
import type { Statements } from "./source-file.js";
import type { Attribute, Entity } from "../model/index.js";
import type { EntityContext } from "./context.js";
import { entityIndexes, keyParts, keyTypeName, slotAttributes } from "./entity-keys.js";
import { mapShapes, memberText } from "./type-text.js";
import { objectTypeText } from "./literal.js";
import { propertyName } from "./names.js";

/** Emits `Customer`, its nested map interfaces, the key types, `CustomerCreate` and `CustomerUpdate`. */
export function emitEntityTypes(file: Statements, ctx: EntityContext): void {
  const { entity, schema } = ctx;
  file.push({ kind: StructureKind.Interface,
    name: entity.name,
    isExported: true,
    docs: [`One ${entity.name} item as read from table \`${schema.table.name}\`.`],
    properties: entity.attributes.map((a) => member(a, entity.name, a.optional)),
  });
  for (const shape of mapShapes(entity)) {
    file.push({ kind: StructureKind.Interface, name: shape.name, isExported: true, properties: shape.attributes.map((a) => member(a, shape.name, a.optional)) });
  }
  for (const index of entityIndexes(entity)) {
    const templates = keyParts(schema.table, index).map((p) => p.template);
    file.push({ kind: StructureKind.Interface,
      name: keyTypeName(entity, index),
      isExported: true,
      docs: [`The attributes that fill the \`${index.name}\` key of ${entity.name}.`],
      properties: slotAttributes(entity, templates).map((a) => member(a, entity.name, false)),
    });
  }
  file.push({ kind: StructureKind.Interface,
    name: `${entity.name}Create`,
    isExported: true,
    docs: ["What `create` takes: attributes with defaults are optional; the version attribute is set to 1."],
    properties: entity.attributes.filter((a) => !a.version).map((a) => member(a, entity.name, a.optional || a.default !== undefined || a.onUpdateNow)),
  });
  file.push({ kind: StructureKind.Interface, name: `${entity.name}Update`, isExported: true, docs: ["A typed update: what to set, remove, add to and delete from."], properties: updateMembers(entity) });
}

function member(attribute: Attribute, parent: string, optional: boolean): { name: string; type: string; hasQuestionToken: boolean } {
  const text = memberText(attribute, parent, false);
  return { name: propertyName(attribute.name), type: text.slice(text.indexOf(": ") + 2), hasQuestionToken: optional };
}

/** Attributes an update may change: not in the primary key, not readonly, not the version. */
export function updatableAttributes(entity: Entity): Attribute[] {
  const primary = new Set(slotAttributes(entity, [entity.key.partition, ...(entity.key.sort ? [entity.key.sort] : [])]).map((a) => a.name));
  return entity.attributes.filter((a) => !primary.has(a.name) && !a.readonly && !a.version);
}

function updateMembers(entity: Entity): { name: string; type: string; hasQuestionToken: boolean }[] {
  const updatable = updatableAttributes(entity);
  const objectType = (attrs: Attribute[]) => objectTypeText(attrs.map((a) => memberText(a, entity.name, true)));
  const members = [{ name: "set", type: objectType(updatable), hasQuestionToken: true }];
  const removable = updatable.filter((a) => a.optional);
  if (removable.length > 0) members.push({ name: "remove", type: `(${removable.map((a) => JSON.stringify(a.name)).join(" | ")})[]`, hasQuestionToken: true });
  const addable = updatable.filter((a) => a.type.kind === "number" || a.type.kind === "set");
  if (addable.length > 0) members.push({ name: "add", type: objectType(addable), hasQuestionToken: true });
  const sets = updatable.filter((a) => a.type.kind === "set");
  if (sets.length > 0) members.push({ name: "delete", type: objectType(sets), hasQuestionToken: true });
  return members;
}
