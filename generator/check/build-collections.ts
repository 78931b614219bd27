import { PRIMARY_INDEX, type Collection, type Entity, type Table } from "../model/index.js";
import { checkMemberName } from "./check-names.js";
import { didYouMean } from "./did-you-mean.js";
import type { RawCollection } from "./raw-schema.js";
import type { Reporter } from "./reporter.js";

/**
 * Builds collections: known index and entities, every entity writes that index, and all share
 * one partition template there (a collection query reads one partition).
 */
export function buildCollections(raw: Readonly<Record<string, RawCollection>>, table: Table, entities: readonly Entity[], reporter: Reporter): Collection[] {
  const collections: Collection[] = [];
  const entityNames = new Set(entities.map((e) => e.name.toLowerCase()));
  for (const [name, rawCollection] of Object.entries(raw)) {
    const path = ["collections", name];
    const what = `collection ${name}`;
    checkMemberName(name, path, what, reporter);
    if (entityNames.has(name.toLowerCase())) reporter.error(path, `${what} has the name of an entity; file names would clash`, "key");
    const index = rawCollection.index ?? PRIMARY_INDEX;
    const indexNames = [PRIMARY_INDEX, ...table.indexes.map((i) => i.name)];
    if (!indexNames.includes(index)) {
      reporter.error([...path, "index"], `${what} uses index "${index}", which the table does not declare${didYouMean(index, indexNames)}`);
      continue;
    }
    checkMembers(name, index, rawCollection.entities, entities, reporter);
    collections.push({ name, index, entities: rawCollection.entities });
  }
  return collections;
}

function checkMembers(name: string, index: string, members: readonly string[], entities: readonly Entity[], reporter: Reporter): void {
  let first: { entity: string; source: string } | undefined;
  const seen = new Set<string>();
  members.forEach((member, i) => {
    const path = ["collections", name, "entities", i];
    const entity = entities.find((e) => e.name === member);
    if (!entity) {
      reporter.error(path, `collection ${name} names "${member}", which is not an entity${didYouMean(member, entities.map((e) => e.name))}`);
      return;
    }
    if (seen.has(member)) reporter.error(path, `collection ${name} lists ${member} twice`);
    seen.add(member);
    const written = index === PRIMARY_INDEX ? entity.key : entity.indexes.find((x) => x.index === index);
    if (!written) {
      reporter.error(path, `collection ${name} reads index ${index}, but ${member} has no access pattern on it`);
      return;
    }
    const source = written.partition.source;
    if (source === "") return; // its template was invalid and is reported already
    if (first === undefined) first = { entity: member, source };
    else if (source !== first.source) {
      reporter.error(path, `collection ${name}: ${member} has partition "${source}" on ${index}, but ${first.entity} has "${first.source}"; members must share one partition template`);
    }
  });
}
