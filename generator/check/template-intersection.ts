import type { CharClass, TemplateLanguage } from "./template-language.js";

/** A key two templates both render, and the text each slot (by part index) held in each. */
export interface CommonKey {
  readonly text: string;
  readonly slots: readonly [Map<number, string>, Map<number, string>];
}

/** Characters tried first for a sample key, so it reads naturally. */
const PREFERRED = "xyzabcdefghijklmnopqrstuvw0123456789";

/**
 * A shortest key both languages contain, or undefined when none does: a breadth-first search of
 * the product automaton, each pair of states visited once.
 *
 * @example commonKey(templateLanguage(note.sort, ...), templateLanguage(customer.sort, ...))?.text // "PROFILE"
 */
export function commonKey(a: TemplateLanguage, b: TemplateLanguage): CommonKey | undefined {
  const width = b.steps.length;
  const goal = a.accept * width + b.accept;
  const from = new Map<number, { previous: number; ch: string; slotA?: number; slotB?: number }>([[0, { previous: -1, ch: "" }]]);
  const queue = [0];
  for (let head = 0; head < queue.length && !from.has(goal); head++) {
    const pair = queue[head]!;
    const [sa, sb] = [Math.floor(pair / width), pair % width];
    const visit = (ta: number, tb: number, ch: string, slotA?: number, slotB?: number): void => {
      const next = ta * width + tb;
      if (from.has(next)) return;
      from.set(next, { previous: pair, ch, slotA, slotB });
      queue.push(next);
    };
    for (const ta of a.skips[sa]!) visit(ta, sb, "");
    for (const tb of b.skips[sb]!) visit(sa, tb, "");
    for (const x of a.steps[sa]!) {
      for (const y of b.steps[sb]!) {
        const ch = commonChar(x.chars, y.chars);
        if (ch !== undefined) visit(x.to, y.to, ch, x.slot, y.slot);
      }
    }
  }
  if (!from.has(goal)) return undefined;
  const path = [];
  for (let at = goal; at !== 0; at = from.get(at)!.previous) path.push(from.get(at)!);
  path.reverse();
  const slots: [Map<number, string>, Map<number, string>] = [new Map(), new Map()];
  const add = (side: Map<number, string>, slot: number | undefined, ch: string): void => {
    if (slot !== undefined) side.set(slot, (side.get(slot) ?? "") + ch);
  };
  for (const { ch, slotA, slotB } of path) {
    add(slots[0], slotA, ch);
    add(slots[1], slotB, ch);
  }
  return { text: path.map((p) => p.ch).join(""), slots };
}

/** A character in both classes, preferring a readable one. */
export function commonChar(x: CharClass, y: CharClass): string | undefined {
  if ("only" in x) return x.only.split("").find((ch) => inClass(ch, y));
  if ("only" in y) return y.only.split("").find((ch) => inClass(ch, x));
  const excluded = x.except + y.except;
  const preferred = PREFERRED.split("").find((ch) => !excluded.includes(ch));
  if (preferred !== undefined) return preferred;
  for (let code = 0x21; ; code++) {
    const ch = String.fromCharCode(code);
    if (!excluded.includes(ch)) return ch;
  }
}

function inClass(ch: string, c: CharClass): boolean {
  return "only" in c ? c.only.includes(ch) : !c.except.includes(ch);
}
