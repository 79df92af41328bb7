/**
 * A `Locator` that finds text ranges by a path-directed scan of the raw text instead of a position tree: each
 * container on the way is indexed on demand, only as far as the wanted member, and cached (`containerIndex.ts`),
 * so a valid document that reports nothing costs nothing, and a finding only scans the text before it on its path.
 */
import { scanKeys } from './duplicateKeys';
import type { KeyScan } from './duplicateKeys';
import { scanKeysWithValue } from './keyCount';
import { ArrayIndex, ObjectIndex } from './containerIndex';
import { skipWhitespace, valueEnd } from './jsonScan';
import { mapStringSpan } from './stringSpan';
import type { DuplicateKey, JsonPath, Locator, OffsetRange, StringSpan } from './types';

const QUOTE = 34; // "
const OPEN_BRACE = 123; // {
const OPEN_BRACKET = 91; // [

type ContainerIndex = ObjectIndex | ArrayIndex;

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

  /** Whether the document repeats no key; objects may then stop scanning at the first match. */
  private readonly unique = (): boolean => this.keys().duplicates.length === 0;

  valueStart(path: JsonPath): number | undefined {
    return this.resolve(path)?.valueStart;
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
      if (index instanceof ArrayIndex) {
        const start = typeof segment === 'number' ? index.elementStart(segment) : undefined;
        if (start === undefined) return undefined;
        current = { valueStart: start };
      } else {
        const member = typeof segment === 'string' ? index.member(segment) : undefined;
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
    if (code === OPEN_BRACE) index = new ObjectIndex(this.text, start, this.unique);
    else if (code === OPEN_BRACKET) index = new ArrayIndex(this.text, start);
    if (index) this.containers.set(start, index);
    return index;
  }
}
