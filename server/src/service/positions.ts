/**
 * The one place where text offsets become line/character positions and back. The line-start table is built
 * on first use, so a document that reports nothing never pays for it.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { OffsetRange } from './types';

/** Anything that turns offsets into positions: a `TextDocument` or a `LineIndex`. */
export interface PositionSource {
  positionAt(offset: number): Position;
}

/** Offsets ↔ positions for one text, with a lazily built table of line starts (LF, CR and CRLF). */
export class LineIndex implements PositionSource {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The zero-based position of `offset`, clamped into the text. */
  positionAt(offset: number): Position {
    const starts = this.starts();
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // Inside a CRLF pair, the position is the end of the line (as TextDocument answers).
    if (this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13) clamped--;
    let low = 0;
    let high = starts.length - 1;
    // Binary search for the last line starting at or before the offset.
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (starts[low] ?? 0) };
  }

  /** The offset of a position, clamped to the line's end and to the text. */
  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line] ?? 0;
    let lineEnd = starts[position.line + 1] ?? this.text.length;
    // A character past the line's end clamps to the end of its content, before the line break.
    while (lineEnd > lineStart && isLineBreak(this.text.charCodeAt(lineEnd - 1))) lineEnd--;
    return Math.max(lineStart, Math.min(lineStart + Math.max(0, position.character), lineEnd));
  }

  /** How many lines the text has (an empty text has one). */
  get lineCount(): number {
    return this.starts().length;
  }

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Converts a half-open offset range into an LSP range. */
export function toRange(source: PositionSource, range: OffsetRange): Range {
  return { start: source.positionAt(range.start), end: source.positionAt(range.end) };
}
