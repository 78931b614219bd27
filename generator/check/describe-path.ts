import type { DocumentPath } from "../parse/index.js";

/**
 * Names the schema element at a document path the way a person would:
 * `["entities", "Order", "attributes", "lines", "of", "attributes", "qty"]` → `attribute lines[].qty of Order`.
 */
export function describePath(path: DocumentPath): string {
  if (path.length === 0) return "the schema";
  const [head, name] = path;
  if (name === undefined) return String(head);
  const rest = path.slice(2);
  if (head === "table") return describeTable(path.slice(1));
  if (head === "entities") return describeEntity(String(name), rest);
  if (head === "collections") return withField(rest, `collection ${name}`);
  return joinPath(path);
}

function describeTable(rest: DocumentPath): string {
  if (rest[0] === "indexes" && rest[1] !== undefined) return withField(rest.slice(2), `table index ${rest[1]}`);
  return `table ${joinPath(rest)}`;
}

function describeEntity(entity: string, rest: DocumentPath): string {
  const [section, name] = rest;
  if (section === undefined) return `entity ${entity}`;
  if (name === undefined) return `${section} of ${entity}`;
  if (section === "attributes") return describeAttribute(entity, rest.slice(1));
  if (section === "key") return `key ${joinPath(rest.slice(1))} of ${entity}`;
  if (section === "indexes") return withField(rest.slice(2), `index ${name} of ${entity}`);
  return `${joinPath(rest)} of entity ${entity}`;
}

/** `rest` starts at the attribute name; nested maps go through `attributes`, list and set elements through `of`. */
function describeAttribute(entity: string, rest: DocumentPath): string {
  let label = String(rest[0]);
  let i = 1;
  while (i < rest.length) {
    if (rest[i] === "attributes" && rest[i + 1] !== undefined) {
      label += `.${rest[i + 1]}`;
      i += 2;
    } else if (rest[i] === "of") {
      label += "[]";
      i += 1;
    } else break;
  }
  return withField(rest.slice(i), `attribute ${label} of ${entity}`);
}

function withField(field: DocumentPath, owner: string): string {
  return field.length === 0 ? owner : `${joinPath(field)} of ${owner}`;
}

function joinPath(path: DocumentPath): string {
  return path.map((step, i) => (typeof step === "number" ? `[${step}]` : i === 0 ? step : `.${step}`)).join("");
}
