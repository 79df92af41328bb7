/**
 * Reads the name segments of an expression body (`task_1.output.result`) for the expression screen: one pass over
 * the characters that checks each is a name character or a single dot and hashes the first three segments as it
 * goes, so the screen can look the names up without slicing them out of the string.
 */
import { hashStep } from './hashTable';

const DOT = 46;
/** Characters of a plain name segment: letters, digits, `_`, `-` (1), by char code below 128. */
const NAME_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') NAME_CHARS[c.charCodeAt(0)] = 1;
// A module-level copy: imported bindings are property getters under tsx, and this runs per character.
const step = hashStep;

/**
 * What `readSegments` found in the last body: the ends of the first three segments (a later end equals the one
 * before when a segment is absent) and their hashes. One module-level record: returning one would allocate.
 */
export const segments = { rootEnd: 0, fieldEnd: 0, thirdEnd: 0, rootHash: 0, fieldHash: 0, thirdHash: 0 };

/** Reads `text[from, to)` segment by segment into `segments`; false unless it is names joined by single dots. */
export function readSegments(text: string, from: number, to: number): boolean {
  // Plain char reads, hashing as they go: a regex or a slice costs more than the whole pass on these short bodies.
  const rootEnd = scanSegment(text, from, to);
  if (rootEnd < 0) return false;
  segments.rootEnd = segments.fieldEnd = segments.thirdEnd = rootEnd;
  segments.rootHash = segmentHash;
  segments.fieldHash = segments.thirdHash = 0;
  if (rootEnd === to) return true;
  const fieldEnd = scanSegment(text, rootEnd + 1, to);
  if (fieldEnd < 0) return false;
  segments.fieldEnd = segments.thirdEnd = fieldEnd;
  segments.fieldHash = segmentHash;
  if (fieldEnd === to) return true;
  const thirdEnd = scanSegment(text, fieldEnd + 1, to);
  if (thirdEnd < 0) return false;
  segments.thirdEnd = thirdEnd;
  segments.thirdHash = segmentHash;
  for (let end = thirdEnd; end < to;) if ((end = scanSegment(text, end + 1, to)) < 0) return false;
  return true;
}

/** A key for a body of up to three segments, from their hashes (a hit is still compared with the text). */
export function bodyKey(): number {
  return (
    (Math.imul(segments.rootHash, 0x9e3779b1) ^ Math.imul(segments.fieldHash, 0x85ebca6b) ^ segments.thirdHash) | 0
  );
}

/** The hash of the segment `scanSegment` last read (a module variable: returning a pair would allocate). */
let segmentHash = 0;

/** The end (a dot or `to`) of the name segment starting at `from`; -1 when it is empty or holds another character. */
function scanSegment(text: string, from: number, to: number): number {
  let hash = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) break;
    if (c >= 128 || NAME_CHARS[c] === 0) return -1;
    hash = step(hash, c);
  }
  segmentHash = hash;
  return i === from ? -1 : i;
}
