/**
 * A `Locator` that finds text ranges by a path-directed scan of the raw text instead of a position tree: each
 * container on the way is indexed once (its keys or element starts) and cached, so a valid document that
 * reports nothing costs nothing, and a document with a few findings only scans the objects on their paths.
 */
import { scanKeys } from './duplicateKeys';
import type { KeyScan } from './duplicateKeys';
import { Chars, decodeString, skipWhitespace, stringEnd, valueEnd } from './jsonScan';
import { mapStringSpan } from './stringSpan';
import type { DuplicateKey, JsonPath, Locator, OffsetRange, StringSpan } from './types';

interface Member {
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
}

type ContainerIndex = Map<string, Member> | number[];

interface Resolved {
  readonly valueStart: number;
  readonly key?: OffsetRange;
}

/** Creates the lazy locator for a JSON text (meant for text `JSON.parse` accepted; tolerant of anything). */
export function createLocator(text: string): Locator {
  return new LazyLocator(text);
}

class LazyLocator implements Locator {
  private readonly containers = new Map<number, ContainerIndex>();
  private keyScan: KeyScan | undefined;

  constructor(private readonly text: string) {}

  valueRange(path: JsonPath): OffsetRange | undefined {
    const resolved = this.resolve(path);
    if (!resolved) return undefined;
    return { start: resolved.valueStart, end: valueEnd(this.text, resolved.valueStart) };
  }

  keyRange(path: JsonPath): OffsetRange | undefined {
    return this.resolve(path)?.key;
  }

  stringSpanRange(path: JsonPath, span: StringSpan): OffsetRange | undefined {
    const range = this.valueRange(path);
    if (!range || this.text.charCodeAt(range.start) !== Chars.QUOTE) return undefined;
    return mapStringSpan(this.text, range, span);
  }

  duplicateKeys(): readonly DuplicateKey[] {
    this.keyScan ??= scanKeys(this.text);
    return this.keyScan.duplicates;
  }

  maxDepth(): number {
    this.keyScan ??= scanKeys(this.text);
    return this.keyScan.maxDepth;
  }

  private resolve(path: JsonPath): Resolved | undefined {
    let current: Resolved = { valueStart: skipWhitespace(this.text, 0) };
    if (current.valueStart >= this.text.length) return undefined;
    for (const segment of path) {
      const index = this.containerAt(current.valueStart);
      if (!index) return undefined;
      if (Array.isArray(index)) {
        const start = typeof segment === 'number' ? index[segment] : undefined;
        if (start === undefined) return undefined;
        current = { valueStart: start };
      } else {
        const member = typeof segment === 'string' ? index.get(segment) : undefined;
        if (!member) return undefined;
        current = { valueStart: member.valueStart, key: { start: member.keyStart, end: member.keyEnd } };
      }
    }
    return current;
  }

  private containerAt(start: number): ContainerIndex | undefined {
    const cached = this.containers.get(start);
    if (cached) return cached;
    const code = this.text.charCodeAt(start);
    let index: ContainerIndex | undefined;
    if (code === Chars.OPEN_BRACE) index = indexObject(this.text, start);
    else if (code === Chars.OPEN_BRACKET) index = indexArray(this.text, start);
    if (index) this.containers.set(start, index);
    return index;
  }
}

/** Every member of the object at `start`; a repeated key keeps its last occurrence, as `JSON.parse` does. */
function indexObject(text: string, start: number): Map<string, Member> {
  const members = new Map<string, Member>();
  let i = skipWhitespace(text, start + 1);
  while (i < text.length && text.charCodeAt(i) === Chars.QUOTE) {
    const keyEnd = stringEnd(text, i);
    const colon = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(colon) !== Chars.COLON) break;
    const valueStart = skipWhitespace(text, colon + 1);
    members.set(decodeString(text, i, keyEnd), { keyStart: i, keyEnd, valueStart });
    const after = skipWhitespace(text, valueEnd(text, valueStart));
    if (text.charCodeAt(after) !== Chars.COMMA) break;
    i = skipWhitespace(text, after + 1);
  }
  return members;
}

/** The start offset of every element of the array at `start`. */
function indexArray(text: string, start: number): number[] {
  const starts: number[] = [];
  let i = skipWhitespace(text, start + 1);
  if (text.charCodeAt(i) === Chars.CLOSE_BRACKET) return starts;
  while (i < text.length) {
    starts.push(i);
    const after = skipWhitespace(text, valueEnd(text, i));
    if (after <= i || text.charCodeAt(after) !== Chars.COMMA) break;
    i = skipWhitespace(text, after + 1);
  }
  return starts;
}
