/**
 * Maps a span counted in decoded characters of a JSON string (what rules see after `JSON.parse`) to raw text
 * offsets, stepping over escapes: `\n`, `\"`, `\\` take two raw characters and `\uXXXX` six, for one decoded
 * UTF-16 unit each.
 */
import type { OffsetRange, StringSpan } from './types';

const BACKSLASH = 92;

/** The raw range of `span` inside the string token `token` (quotes included); clamped to the string's content. */
export function mapStringSpan(text: string, token: OffsetRange, span: StringSpan): OffsetRange {
  const contentStart = token.start + 1;
  const contentEnd = Math.max(contentStart, token.end - 1);
  const wantStart = Math.max(0, span.start);
  const wantEnd = wantStart + Math.max(0, span.length);
  let raw = contentStart;
  let decoded = 0;
  let start = contentEnd;
  while (raw < contentEnd) {
    if (decoded === wantStart && start === contentEnd) start = raw;
    if (decoded === wantEnd) return { start, end: raw };
    raw += rawLength(text, raw);
    decoded++;
  }
  // The span reaches the end of the string (or beyond): clamp.
  return { start: Math.min(start, contentEnd), end: contentEnd };
}

/** How many raw characters encode the decoded unit starting at `raw`. */
function rawLength(text: string, raw: number): number {
  if (text.charCodeAt(raw) !== BACKSLASH) return 1;
  return text.charCodeAt(raw + 1) === 117 /* u */ ? 6 : 2;
}
