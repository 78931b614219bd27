import { ValidationError } from "../errors/index.js";
import type { PathNode, ProjectionNode } from "./nodes.js";
import { toPath, type PathInput } from "./path.js";

/** A projection node, or the paths to build one from. */
export type ProjectionInput = ProjectionNode | readonly PathInput[];

/**
 * The attributes to read. Repeated paths are kept once, and a path inside another projected path
 * is dropped ("a" already reads "a.b"): DynamoDB refuses overlapping paths, and the result is the same.
 *
 * @example
 * projection("name", "address.city", ["odd.name"]) // #n0, #n1.#n2, #n3
 * projection("a.b", "l", "a", "l[0]") // #n0, #n1 (l and a)
 */
export function projection(...paths: PathInput[]): ProjectionNode {
  if (paths.length === 0) throw new ValidationError("emptyProjection", "", "a projection needs at least one path");
  let nodes: PathNode[] = [];
  for (const input of paths) {
    const node = toPath(input);
    if (nodes.some((kept) => startsWith(node, kept))) continue;
    nodes = nodes.filter((kept) => !startsWith(kept, node));
    nodes.push(node);
  }
  return Object.freeze({ kind: "projection", paths: Object.freeze(nodes) });
}

// Segment by segment: the name "0" and the list index 0 differ, as they do in DynamoDB.
function startsWith(path: PathNode, prefix: PathNode): boolean {
  if (prefix.segments.length > path.segments.length) return false;
  for (let i = 0; i < prefix.segments.length; i++) if (path.segments[i] !== prefix.segments[i]) return false;
  return true;
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
