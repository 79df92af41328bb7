/**
 * "Did you mean" suggestions: the closest candidate by optimal-string-alignment (Damerau–Levenshtein) distance,
 * compared case-insensitively so `SIMPEL` finds `SIMPLE` and `taskrefname` finds `taskReferenceName`.
 */

/** Edit distance with adjacent transpositions, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third of the word's
 * length in edits (at least 1, at most 4), the same letters ignoring case and separators, or an abbreviation.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  const folded = fold(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (fold(candidate) === folded) return candidate;
    // Cheap bound first: lengths differing by more than the limit can never be close enough.
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : abbreviationOf(folded, candidates);
}

/**
 * The candidate that `folded` abbreviates (its letters in order, same first letter, covering at least half of
 * the candidate): `taskRefName` → `taskReferenceName`. Short words are too ambiguous to expand.
 */
function abbreviationOf(folded: string, candidates: Iterable<string>): string | undefined {
  if (folded.length < 5) return undefined;
  let best: string | undefined;
  let bestCoverage = 0.5;
  for (const candidate of candidates) {
    const target = fold(candidate);
    if (target[0] !== folded[0] || !isSubsequence(folded, target)) continue;
    const coverage = folded.length / target.length;
    if (coverage > bestCoverage) {
      best = candidate;
      bestCoverage = coverage;
    }
  }
  return best;
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}
