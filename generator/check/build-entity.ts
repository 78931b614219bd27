import { PRIMARY_INDEX, type Attribute, type Entity, type EntityIndex, type KeyTemplate, type Table } from "../model/index.js";
import { buildAttribute } from "./build-attribute.js";
import { buildKeyTemplate, type TemplateOwner } from "./build-key-template.js";
import { tableOwnedNames } from "./build-table.js";
import { checkAttributeName, checkMemberName } from "./check-names.js";
import { didYouMean } from "./did-you-mean.js";
import type { RawEntity, RawEntityIndex } from "./raw-schema.js";
import type { Reporter } from "./reporter.js";

/** An entity and whether all its key templates were valid (later cross-entity checks need them). */
export interface BuiltEntity {
  readonly entity: Entity;
  readonly complete: boolean;
}

const NO_TEMPLATE: KeyTemplate = { source: "", parts: [] };

/** Builds one entity: attributes, primary key, then secondary-index access patterns. */
export function buildEntity(name: string, raw: RawEntity, table: Table, reporter: Reporter): BuiltEntity {
  const attributes = buildAttributes(name, raw, table, reporter);
  const owner: TemplateOwner = { entity: name, attributes, reporter };
  const before = reporter.count;
  const key = buildPrimaryKey(owner, raw, table);
  const indexes: EntityIndex[] = [];
  const usedBy = new Map<string, string>();
  for (const [pattern, rawIndex] of Object.entries(raw.indexes ?? {})) {
    const path = ["entities", name, "indexes", pattern];
    const what = `index ${pattern} of ${name}`;
    if (!checkMemberName(pattern, path, what, reporter)) continue;
    if (pattern === PRIMARY_INDEX) {
      reporter.error(path, `${what}: "${PRIMARY_INDEX}" names the entity's key; choose another name`, "key");
      continue;
    }
    const previous = usedBy.get(rawIndex.index);
    if (previous) {
      reporter.error([...path, "index"], `${what} uses ${rawIndex.index}, which index ${previous} of ${name} already writes`);
      continue;
    }
    usedBy.set(rawIndex.index, pattern);
    const built = buildEntityIndex(owner, pattern, rawIndex, key.partition, table);
    if (built) indexes.push(built);
  }
  return { entity: { name, attributes, key, indexes }, complete: reporter.count === before };
}

function buildAttributes(entity: string, raw: RawEntity, table: Table, reporter: Reporter): Attribute[] {
  const owned = tableOwnedNames(table);
  const attributes: Attribute[] = [];
  let version: string | undefined;
  for (const [name, rawAttribute] of Object.entries(raw.attributes)) {
    const path = ["entities", entity, "attributes", name];
    const what = `attribute ${name} of ${entity}`;
    checkAttributeName(name, path, what, reporter);
    const owner = owned.get(name);
    if (owner) reporter.error(path, `${what} clashes with ${owner}, which dynagen writes on every item`, "key");
    const attribute = buildAttribute(name, rawAttribute, path, "top", reporter);
    if (attribute.version && attribute.type.kind === "number") {
      if (version) reporter.error(path, `${what} is a second version attribute (${version} is already one); an entity has at most one`, "key");
      version ??= name;
    }
    attributes.push(attribute);
  }
  return attributes;
}

function buildPrimaryKey(owner: TemplateOwner, raw: RawEntity, table: Table): EntityIndex {
  const path = ["entities", owner.entity, "key"];
  const partition = buildKeyTemplate(owner, raw.key.partition, [...path, "partition"], "key partition", true) ?? NO_TEMPLATE;
  let sort: KeyTemplate | undefined;
  if (raw.key.sort === undefined) {
    if (table.sortKey) owner.reporter.error(path, `key of ${owner.entity} is missing "sort": the table has a sort key (${table.sortKey})`, "key");
  } else if (!table.sortKey) {
    owner.reporter.error([...path, "sort"], `key of ${owner.entity} gives a sort template, but the table has no sort key`, "key");
  } else {
    sort = buildKeyTemplate(owner, raw.key.sort, [...path, "sort"], "key sort", true);
  }
  return { name: PRIMARY_INDEX, index: PRIMARY_INDEX, partition, ...(sort ? { sort } : {}) };
}

function buildEntityIndex(owner: TemplateOwner, pattern: string, raw: RawEntityIndex, primaryPartition: KeyTemplate, table: Table): EntityIndex | undefined {
  const { entity, reporter } = owner;
  const path = ["entities", entity, "indexes", pattern];
  const what = `index ${pattern} of ${entity}`;
  if (raw.index === PRIMARY_INDEX) {
    reporter.error([...path, "index"], `${what} names the table's own key; the primary key is declared under "key"`);
    return undefined;
  }
  const tableIndex = table.indexes.find((i) => i.name === raw.index);
  if (!tableIndex) {
    const names = table.indexes.map((i) => i.name);
    reporter.error([...path, "index"], `${what} uses "${raw.index}", which the table does not declare${didYouMean(raw.index, names)}`);
    return undefined;
  }
  let partition = primaryPartition;
  if (tableIndex.type === "local") {
    if (raw.partition !== undefined) {
      reporter.error([...path, "partition"], `${what} is on local index ${tableIndex.name}, which uses the entity's primary partition; remove "partition"`, "key");
    }
  } else if (raw.partition === undefined) {
    reporter.error(path, `${what} is missing "partition": global index ${tableIndex.name} has its own partition key`, "key");
  } else {
    partition = buildKeyTemplate(owner, raw.partition, [...path, "partition"], `index ${pattern} partition`, false) ?? NO_TEMPLATE;
  }
  let sort: KeyTemplate | undefined;
  if (raw.sort === undefined) {
    if (tableIndex.sortKey) reporter.error(path, `${what} is missing "sort": index ${tableIndex.name} has a sort key (${tableIndex.sortKey})`, "key");
  } else if (!tableIndex.sortKey) {
    reporter.error([...path, "sort"], `${what} gives a sort template, but index ${tableIndex.name} has no sort key`, "key");
  } else {
    sort = buildKeyTemplate(owner, raw.sort, [...path, "sort"], `index ${pattern} sort`, false);
  }
  return { name: pattern, index: tableIndex.name, partition, ...(sort ? { sort } : {}) };
}
