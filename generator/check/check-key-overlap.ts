import type { Entity, KeyTemplate } from "../model/index.js";
import type { Reporter } from "./reporter.js";

/**
 * `CUSTOMER#{customerId}` → `CUSTOMER#{}`: the literal text with slots blanked. Two templates with
 * the same skeleton can render the same key from different entities.
 */
export function templateSkeleton(template: KeyTemplate | undefined): string {
  if (!template) return "";
  return template.parts.map((p) => (p.kind === "slot" ? "{}" : p.text.replace(/[{}]/g, "\\$&"))).join("");
}

/** Reports an entity whose primary key templates can produce the same key as an earlier entity's. */
export function checkPrimaryKeyOverlap(entities: readonly Entity[], reporter: Reporter): void {
  const seen = new Map<string, string>();
  for (const entity of entities) {
    const skeleton = `${templateSkeleton(entity.key.partition)}\n${templateSkeleton(entity.key.sort)}`;
    const previous = seen.get(skeleton);
    if (previous) {
      reporter.error(
        ["entities", entity.name, "key"],
        `key of ${entity.name} can produce the same keys as the key of ${previous} (same literal text around the slots); add a distinct literal such as "${entity.name.toUpperCase()}#"`,
        "key",
      );
    } else seen.set(skeleton, entity.name);
  }
}
