/**
 * Splits a child's output stream into lines for a log callback and keeps the last few, which explain an exit.
 */
import type { Readable } from 'node:stream';

/** The last `capacity` lines seen, oldest first. */
export class RecentLines {
  private readonly lines: string[] = [];

  constructor(private readonly capacity = 30) {}

  /** Records one line, dropping the oldest beyond capacity. */
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.shift();
  }

  /** The kept lines, oldest first. */
  all(): readonly string[] {
    return this.lines;
  }
}

/** Calls `onLine` for every complete line of `stream` (and the unterminated rest when it ends). */
export function readLines(stream: Readable, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      onLine(pending.slice(0, newline).replace(/\r$/, ''));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  });
  stream.on('end', () => {
    if (pending !== '') onLine(pending);
    pending = '';
  });
}
