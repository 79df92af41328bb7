/**
 * A `Locator` that finds text ranges by a path-directed scan of the raw text instead of a position tree: each
 * container on the way is indexed once (its keys or element starts) and cached, so a valid document that
 * reports nothing costs nothing, and a document with a few findings only scans the objects on their paths.
 */
import { scanKeys } from './duplicateKeys';
import type { KeyScan } from './duplicateKeys';
import { scanKeysWithValue } from './keyCount';
import { decodeString, skipWhitespace, stringEnd, valueEnd } from './jsonScan';
import { mapStringSpan } from './stringSpan';
import type { DuplicateKey, JsonPath, Locator, OffsetRange, StringSpan } from './types';

const QUOTE = 34; // "
const OPEN_BRACE = 123; // {
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const COMMA = 44; // ,
const COLON = 58; // :

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

/**
 * Creates the lazy locator for a JSON text (meant for text `JSON.parse` accepted; tolerant of anything). With the
 * parsed `value`, the duplicate-key scan can take its shortcut (see `keyCount.ts`).
 */
export function createLocator(text: string, value?: unknown): Locator {
  return new LazyLocator(text, value);
}

class LazyLocator implements Locator {
  private readonly containers = new Map<number, ContainerIndex>();
  private keyScan: KeyScan | undefined;

  constructor(
    private readonly text: string,
    private readonly value: unknown,
  ) {}

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
    if (!range || this.text.charCodeAt(range.start) !== QUOTE) return undefined;
    return mapStringSpan(this.text, range, span);
  }

  duplicateKeys(): readonly DuplicateKey[] {
    return this.keys().duplicates;
  }

  maxDepth(): number {
    return this.keys().maxDepth;
  }

  private keys(): KeyScan {
    this.keyScan ??= this.value === undefined ? scanKeys(this.text) : scanKeysWithValue(this.text, this.value);
    return this.keyScan;
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
    if (code === OPEN_BRACE) index = indexObject(this.text, start);
    else if (code === OPEN_BRACKET) index = indexArray(this.text, start);
    if (index) this.containers.set(start, index);
    return index;
  }
}

/** Every member of the object at `start`; a repeated key keeps its last occurrence, as `JSON.parse` does. */
function indexObject(text: string, start: number): Map<string, Member> {
  const members = new Map<string, Member>();
  let i = skipWhitespace(text, start + 1);
  while (i < text.length && text.charCodeAt(i) === QUOTE) {
    const keyEnd = stringEnd(text, i);
    const colon = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(colon) !== COLON) break;
    const valueStart = skipWhitespace(text, colon + 1);
    members.set(decodeString(text, i, keyEnd), { keyStart: i, keyEnd, valueStart });
    const after = skipWhitespace(text, valueEnd(text, valueStart));
    if (text.charCodeAt(after) !== COMMA) break;
    i = skipWhitespace(text, after + 1);
  }
  return members;
}

/** The start offset of every element of the array at `start`. */
function indexArray(text: string, start: number): number[] {
  const starts: number[] = [];
  let i = skipWhitespace(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return starts;
  while (i < text.length) {
    starts.push(i);
    const after = skipWhitespace(text, valueEnd(text, i));
    if (after <= i || text.charCodeAt(after) !== COMMA) break;
    i = skipWhitespace(text, after + 1);
  }
  return starts;
}
