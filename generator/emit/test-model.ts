// Small hand-built models for the emitter's unit tests (no YAML: emitters only read the model).
import { freezeModel, type Attribute, type AttributeType, type Entity, type KeyTemplate, type Schema, type Table } from "../model/index.js";

/** An attribute with the usual modifiers off. */
export function attr(name: string, type: AttributeType, extra: Partial<Attribute> = {}): Attribute {
  return { name, type, optional: false, readonly: false, onUpdateNow: false, version: false, ...extra };
}

/** Parses `A#{x}#{n:04}` into a template (the real parser lives in generator/parse). */
export function template(source: string): KeyTemplate {
  const parts: KeyTemplate["parts"][number][] = [];
  const re = /\{([A-Za-z0-9_]+)(?::(\d+))?\}/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) parts.push({ kind: "literal", text: source.slice(last, m.index) });
    parts.push(m[2] === undefined ? { kind: "slot", attribute: m[1]! } : { kind: "slot", attribute: m[1]!, width: Number(m[2]) });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push({ kind: "literal", text: source.slice(last) });
  return { source, parts };
}

export const TABLE: Table = {
  name: "app",
  partitionKey: "pk",
  sortKey: "sk",
  indexes: [
    { name: "gsi1", type: "global", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { name: "lsi1", type: "local", partitionKey: "pk", sortKey: "lsi1sk" },
  ],
  typeAttribute: "_type",
};

/** `User`: key `USER#{userId}` / `PROFILE`, a GSI on email, an LSI on rank, a sparse byTeam... */
export function userEntity(): Entity {
  return {
    name: "User",
    attributes: [
      attr("userId", { kind: "string" }),
      attr("email", { kind: "string", pattern: "^.+@.+$" }),
      attr("rank", { kind: "number", integer: true, precise: false, min: 0 }),
      attr("role", { kind: "enum", values: ["admin", "member"] }, { default: { kind: "value", value: "member" } }),
      attr("nickname", { kind: "string" }, { optional: true }),
      attr("tags", { kind: "set", of: "string" }, { optional: true }),
      attr("createdAt", { kind: "datetime" }, { default: { kind: "now" }, readonly: true }),
      attr("version", { kind: "number", integer: true, precise: false }, { version: true }),
    ],
    key: { name: "primary", index: "primary", partition: template("USER#{userId}"), sort: template("PROFILE") },
    indexes: [
      { name: "byEmail", index: "gsi1", partition: template("EMAIL#{email}"), sort: template("USER") },
      { name: "byRank", index: "lsi1", partition: template("USER#{userId}"), sort: template("RANK#{rank:05}") },
    ],
  };
}

export function schemaOf(entities: Entity[], table: Table = TABLE): Schema {
  return freezeModel({ source: "schemas/app.yaml", hash: "ab12", stem: "app", table, entities, collections: [] });
}
