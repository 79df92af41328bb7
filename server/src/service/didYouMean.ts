/**
 * "Did you mean" suggestions: the closest candidate by optimal-string-alignment (Damerau–Levenshtein) distance,
 * compared case-insensitively so `SIMPEL` finds `SIMPLE` and `taskrefname` finds `taskReferenceName`.
 */

/** Edit distance with adjacent transpositions, case-insensitive. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a.toLowerCase(), b.toLowerCase(), Infinity);
}

/** Three rows of the distance table, reused across calls: suggestions compare a word with thousands of names. */
let rows = new Int32Array(3 * 32);

/**
 * The edit distance of `s` and `t` (already lower-cased) when it is at most `bound`, otherwise some value above
 * `bound`. Every cell derives from the two rows above it, so once two consecutive rows exceed the bound, so does
 * the rest of the table and the comparison stops.
 */
function boundedDistance(s: string, t: string, bound: number): number {
  if (s === t) return 0;
  if (Math.abs(s.length - t.length) > bound) return bound + 1;
  const width = t.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  const table = rows;
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) table[previous + j] = j;
  let previousMin = 0;
  for (let i = 1; i <= s.length; i++) {
    table[current] = i;
    let rowMin = i;
    const sc = s.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const tc = t.charCodeAt(j - 1);
      const diagonal = (table[previous + j - 1] ?? 0) + (sc === tc ? 0 : 1);
      let best = Math.min((table[previous + j] ?? 0) + 1, (table[current + j - 1] ?? 0) + 1, diagonal);
      if (i > 1 && j > 1 && sc === t.charCodeAt(j - 2) && s.charCodeAt(i - 2) === tc) {
        best = Math.min(best, (table[before + j - 2] ?? 0) + 1);
      }
      table[current + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > bound && previousMin > bound) return bound + 1;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return table[previous + width - 1] ?? 0;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third of the word's
 * length in edits (at least 1, at most 4), the same letters ignoring case and separators, or an abbreviation.
 * Only candidates within the limit and closer than the best so far matter, so each comparison is bounded.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  const folded = fold(word);
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (foldsTo(candidate, folded)) return candidate;
    // Cheap bound first: lengths differing by more than the limit can never be close enough.
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const bound = Math.min(limit, bestDistance - 1);
    const distance = boundedDistance(lower, candidate.toLowerCase(), bound);
    if (distance <= bound) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? abbreviationOf(folded, candidates);
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

/**
 * `fold(candidate) === folded` without building the folded string. ASCII characters fold on their own, so a
 * mismatch in an ASCII prefix is final; a candidate with other characters is folded in full when reached.
 */
function foldsTo(candidate: string, folded: string): boolean {
  let k = 0;
  for (let i = 0; i < candidate.length; i++) {
    let c = candidate.charCodeAt(i);
    if (c >= 128) return fold(candidate) === folded;
    // '-', '_' and ASCII white space are dropped by fold; upper-case letters are lowered.
    if (c === 45 || c === 95 || c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (k >= folded.length || folded.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === folded.length;
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}
