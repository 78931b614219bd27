import type { Entity, Table } from "../model/index.js";
import { didYouMean } from "./did-you-mean.js";
import type { Reporter } from "./reporter.js";

/** The table's `ttl` must name a ttl attribute wherever it appears, and every ttl attribute must be the table's. */
export function checkTtl(table: Table, entities: readonly Entity[], reporter: Reporter): void {
  const ttl = table.ttlAttribute;
  let found = false;
  for (const entity of entities) {
    for (const attribute of entity.attributes) {
      const path = ["entities", entity.name, "attributes", attribute.name];
      const what = `attribute ${attribute.name} of ${entity.name}`;
      if (attribute.name === ttl) {
        found = true;
        if (attribute.type.kind !== "ttl") {
          reporter.error(path, `${what} is the table's ttl, so it must be of type ttl, not ${attribute.type.kind}`);
        }
      } else if (attribute.type.kind === "ttl") {
        const expected = ttl === undefined ? "the table declares no ttl (add ttl under table)" : `the table's ttl is "${ttl}"`;
        reporter.error(path, `${what} is of type ttl, but ${expected}`);
      }
    }
  }
  if (ttl !== undefined && !found) {
    const candidates = entities.flatMap((e) => e.attributes.map((a) => a.name));
    reporter.error(["table", "ttl"], `table ttl "${ttl}" is not an attribute of any entity${didYouMean(ttl, candidates)}`);
  }
}
