import type { Attribute, KeyTemplate } from "../model/index.js";

/** A set of UTF-16 code units: exactly `only`, or every one but `except`. */
export type CharClass = { readonly only: string } | { readonly except: string };

/** A step on one character; `slot` is the index of the template part that consumes it, if a slot. */
export interface Step {
  readonly to: number;
  readonly chars: CharClass;
  readonly slot?: number;
}

/**
 * Every key a template can render, as an automaton: state 0 is the start, `accept` the end;
 * `steps[s]` read one character, `skips[s]` read none.
 */
export interface TemplateLanguage {
  readonly steps: Step[][];
  readonly skips: number[][];
  readonly accept: number;
}

const DIGITS = { only: "0123456789" };
/** Length bounds above this are treated as unbounded: a few more keys admitted, never fewer. */
const LENGTH_CAP = 256;

/**
 * The keys `template` can render, slot by slot as the runtime allows them: a string slot is any
 * non-empty text without the first character of the literal after it (the last slot is free), an
 * integer slot `width` digits, an enum slot one of its values, a datetime slot a DATETIME_PATTERN
 * match. A string `pattern` is not read, so the language can be a little larger than the truth.
 */
export function templateLanguage(template: KeyTemplate | undefined, attributes: readonly Attribute[]): TemplateLanguage {
  const steps: Step[][] = [[]];
  const skips: number[][] = [[]];
  const state = (): number => {
    steps.push([]);
    skips.push([]);
    return steps.length - 1;
  };
  const step = (from: number, chars: CharClass, slot?: number): number => {
    const to = state();
    steps[from]!.push({ to, chars, slot });
    return to;
  };
  const skip = (from: number, to: number): void => void skips[from]!.push(to);
  const word = (from: number, text: string, slot?: number): number => text.split("").reduce((at, ch) => step(at, { only: ch }, slot), from);
  const repeat = (from: number, chars: CharClass, min: number, max: number | undefined, slot?: number): number => {
    let at = from;
    for (let i = 0; i < min; i++) at = step(at, chars, slot);
    if (max === undefined) {
      steps[at]!.push({ to: at, chars, slot });
      return at;
    }
    const end = state();
    for (let i = min; i < max; i++) {
      skip(at, end);
      at = step(at, chars, slot);
    }
    skip(at, end);
    return end;
  };

  let at = 0;
  for (const [index, part] of (template?.parts ?? []).entries()) {
    if (part.kind === "literal") {
      at = word(at, part.text);
      continue;
    }
    const type = attributes.find((a) => a.name === part.attribute)?.type;
    if (part.width !== undefined) at = repeat(at, DIGITS, part.width, part.width, index);
    else if (type?.kind === "enum") {
      const end = state();
      for (const value of type.values) skip(word(at, value, index), end);
      at = end;
    } else if (type?.kind === "datetime") at = datetime(at, index, { step, skip, word, repeat, state });
    else {
      const next = template!.parts[index + 1];
      const except = next?.kind === "literal" ? next.text[0]! : "";
      const min = Math.min(Math.max(1, type?.kind === "string" ? (type.minLength ?? 1) : 1), LENGTH_CAP);
      const max = type?.kind === "string" && type.maxLength !== undefined && type.maxLength <= LENGTH_CAP ? Math.max(min, type.maxLength) : undefined;
      at = repeat(at, { except }, min, max, index);
    }
  }
  return { steps, skips, accept: at };
}

interface Builder {
  state(): number;
  step(from: number, chars: CharClass, slot?: number): number;
  skip(from: number, to: number): void;
  word(from: number, text: string, slot?: number): number;
  repeat(from: number, chars: CharClass, min: number, max: number | undefined, slot?: number): number;
}

/** The runtime's DATETIME_PATTERN: `\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})`. */
function datetime(from: number, slot: number, b: Builder): number {
  const digits = (at: number, n: number, max = n): number => b.repeat(at, DIGITS, n, max, slot);
  let at = digits(b.word(digits(b.word(digits(b.word(digits(b.word(digits(from, 4), "-", slot), 2), "-", slot), 2), "T", slot), 2), ":", slot), 2);
  const seconds = digits(b.word(at, ":", slot), 2);
  const fraction = digits(b.word(seconds, ".", slot), 1, 9);
  const zone = b.state();
  for (const end of [at, seconds, fraction]) b.skip(end, zone);
  at = zone;
  const end = b.state();
  b.skip(b.word(at, "Z", slot), end);
  b.skip(digits(b.word(digits(b.step(at, { only: "+-" }, slot), 2), ":", slot), 2), end);
  return end;
}
