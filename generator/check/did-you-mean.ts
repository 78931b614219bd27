/**
 * Edit distance between two strings counting insertions, deletions, substitutions and swaps of
 * two neighbouring characters (`tpye` → `type` is 1), the usual typos.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `name`, when it is close enough to be a likely typo: a different
 * case, or at most a third of the name's length in edits (at least one), never the whole name.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((c) => c !== name);
  const sameCase = list.find((c) => c.toLowerCase() === name.toLowerCase());
  if (sameCase) return sameCase;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance && distance < name.length) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** ` (did you mean "x"?)` for a close candidate, else an empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const match = closestName(name, candidates);
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}
