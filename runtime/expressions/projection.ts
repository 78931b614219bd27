import { ValidationError } from "../errors/index.js";
import type { PathNode, ProjectionNode } from "./nodes.js";
import { toPath, type PathInput } from "./path.js";

/** A projection node, or the paths to build one from. */
export type ProjectionInput = ProjectionNode | readonly PathInput[];

/**
 * The attributes to read. Repeated paths are kept once.
 *
 * @example
 * projection("name", "address.city", ["odd.name"]) // #n0, #n1.#n2, #n3
 */
export function projection(...paths: PathInput[]): ProjectionNode {
  if (paths.length === 0) throw new ValidationError("emptyProjection", "", "a projection needs at least one path");
  const seen = new Set<string>();
  const nodes: PathNode[] = [];
  for (const input of paths) {
    const node = toPath(input);
    const id = JSON.stringify(node.segments);
    if (seen.has(id)) continue;
    seen.add(id);
    nodes.push(node);
  }
  return Object.freeze({ kind: "projection", paths: Object.freeze(nodes) });
}

/**
 * The projection node for a list of paths, or the node itself.
 *
 * @example
 * toProjectionNode(["a", "b"]).paths.length // 2
 */
export function toProjectionNode(input: ProjectionInput): ProjectionNode {
  return Array.isArray(input) ? projection(...(input as readonly PathInput[])) : (input as ProjectionNode);
}
