import { isMap, isScalar, isSeq, Scalar, type Node } from "yaml";
import type { ParsedYaml } from "./yaml-document.js";

/** A path into the parsed document: mapping keys and sequence indexes. */
export type DocumentPath = readonly (string | number)[];

export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

/**
 * Finds where a document path sits in the source, for diagnostics. A path that does not exist
 * falls back to the nearest existing ancestor.
 */
export class SourceMap {
  constructor(private readonly yaml: ParsedYaml) {}

  /** Position of the value at `path`, or of its key when `at` is "key". */
  position(path: DocumentPath, at: "key" | "value" = "value"): SourcePosition {
    return this.positionOfOffset(this.offset(path, at));
  }

  /**
   * Position of character `index` inside the scalar string at `path` (a slot in a key
   * template). Falls back to the scalar's start when escapes make the mapping unsure.
   */
  positionInScalar(path: DocumentPath, index: number): SourcePosition {
    const node = this.find(path).node;
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) return this.position(path);
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const start = node.range[0] + (quoted ? 1 : 0);
    const raw = this.yaml.text.slice(start, start + node.value.length);
    return this.positionOfOffset(raw === node.value ? start + index : node.range[0]);
  }

  private offset(path: DocumentPath, at: "key" | "value"): number {
    const { node, key } = this.find(path);
    const target = at === "key" && key ? key : node;
    return target?.range?.[0] ?? 0;
  }

  private find(path: DocumentPath): { node: Node | null; key?: Node } {
    let node = this.yaml.document.contents as Node | null;
    let key: Node | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        key = pair.key as Node;
        node = (pair.value as Node | null) ?? key;
      } else if (isSeq(node) && typeof step === "number" && node.items[step]) {
        key = undefined;
        node = node.items[step] as Node;
      } else break;
    }
    return key ? { node, key } : { node };
  }

  private positionOfOffset(offset: number): SourcePosition {
    const pos = this.yaml.lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  }

}
