import { PRIMARY_INDEX, templateSlots, type Attribute, type Entity, type EntityIndex, type KeyTemplate, type Table } from "../model/index.js";
import { camelCase, constantCase, pascalCase } from "./names.js";

/** One key attribute an entity index writes: its physical name and the template that fills it. */
export interface KeyPart {
  readonly attribute: string;
  readonly template: KeyTemplate;
  readonly role: "partition" | "sort";
}

/** The key attributes of one entity index, partition first. */
export function keyParts(table: Table, index: EntityIndex): KeyPart[] {
  let partition = table.partitionKey;
  let sort = table.sortKey;
  if (index.index !== PRIMARY_INDEX) {
    const declared = table.indexes.find((i) => i.name === index.index);
    if (!declared) throw new Error(`index ${index.index} is not declared by table ${table.name}`);
    partition = declared.partitionKey;
    sort = declared.sortKey;
  }
  const parts: KeyPart[] = [{ attribute: partition, template: index.partition, role: "partition" }];
  if (index.sort && sort !== undefined) parts.push({ attribute: sort, template: index.sort, role: "sort" });
  return parts;
}

/** Every index of an entity, primary first. */
export function entityIndexes(entity: Entity): EntityIndex[] {
  return [entity.key, ...entity.indexes];
}

/** The entity attributes a template's slots name, in order, without repeats. */
export function slotAttributes(entity: Entity, templates: readonly KeyTemplate[]): Attribute[] {
  const out: Attribute[] = [];
  for (const template of templates) {
    for (const slot of templateSlots(template)) {
      if (out.some((a) => a.name === slot.attribute)) continue;
      const attribute = entity.attributes.find((a) => a.name === slot.attribute);
      if (!attribute) throw new Error(`${entity.name} has no attribute ${slot.attribute}`);
      out.push(attribute);
    }
  }
  return out;
}

/** `customerByEmailKey` / `customerKey` for the primary index. */
export function keyBuilderName(entity: Entity, index: EntityIndex): string {
  return index.name === PRIMARY_INDEX ? `${camelCase(entity.name)}Key` : `${camelCase(entity.name)}${pascalCase(index.name)}Key`;
}

/** `CustomerKey` / `CustomerByEmailKey`. */
export function keyTypeName(entity: Entity, index: EntityIndex): string {
  return index.name === PRIMARY_INDEX ? `${entity.name}Key` : `${entity.name}${pascalCase(index.name)}Key`;
}

/** `customerPrimaryPartition`, `orderByStatusSort`: renders one template. */
export function rendererName(entity: Entity, index: EntityIndex, role: KeyPart["role"]): string {
  return `${camelCase(entity.name)}${pascalCase(index.name)}${pascalCase(role)}`;
}

/** `CUSTOMER_PRIMARY_PARTITION_PREFIX`: the literal text before a template's first slot. */
export function prefixConstantName(entity: Entity, index: EntityIndex, role: KeyPart["role"]): string {
  return `${constantCase(entity.name)}_${constantCase(index.name)}_${constantCase(role)}_PREFIX`;
}
