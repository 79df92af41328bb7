/**
 * On-demand indexes of one JSON container's members, for the lazy locator: scanning stops as soon as the wanted
 * member is found, so locating `tasks[0]` in a 2,000-task workflow never reads past the first task.
 */
import * as jsonScan from './jsonScan';

// Bound once: under CommonJS interop (tsx, tests) every call through an import binding reads a getter.
const { decodeString, skipWhitespace, stringEnd, valueEnd } = jsonScan;

const QUOTE = 34; // "
const CLOSE_BRACKET = 93; // ]
const COMMA = 44; // ,
const COLON = 58; // :

/** Where one object member is: its key (quotes included) and the start of its value. */
export interface Member {
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
}

/** The elements of the array starting at `start`, found left to right as far as asked. */
export class ArrayIndex {
  private readonly starts: number[] = [];
  private next: number;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    const first = skipWhitespace(text, start + 1);
    this.next = first >= text.length || text.charCodeAt(first) === CLOSE_BRACKET ? -1 : first;
  }

  /** The start offset of element `index`, or undefined past the end. */
  elementStart(index: number): number | undefined {
    while (this.starts.length <= index && this.next >= 0) {
      // The previous element's end is only measured when a later element is wanted.
      const previous = this.starts[this.starts.length - 1];
      if (previous !== undefined) this.next = afterValue(this.text, previous);
      if (this.next >= 0) this.starts.push(this.next);
    }
    return this.starts[index];
  }
}

/**
 * The members of the object starting at `start`, found left to right as far as asked. A repeated key resolves to
 * its last occurrence, as in `JSON.parse`, which needs the whole object: `unique` says the document has none.
 */
export class ObjectIndex {
  private readonly members = new Map<string, Member>();
  private next: number;
  private pendingValue = -1;

  constructor(
    private readonly text: string,
    start: number,
    private readonly unique: () => boolean,
  ) {
    this.next = skipWhitespace(text, start + 1);
  }

  /** The member named `key`, or undefined. */
  member(key: string): Member | undefined {
    const known = this.members.get(key);
    if (known && this.unique()) return known;
    while (this.next >= 0) {
      const found = this.scanOne();
      if (found === key && this.unique()) break;
    }
    return this.members.get(key);
  }

  /** Reads the next member; returns its key, or undefined at the end (or on malformed text). */
  private scanOne(): string | undefined {
    const { text } = this;
    // The previous member's value is only skipped when a later member is wanted: it may be most of the text.
    const keyStart = this.pendingValue >= 0 ? afterValue(text, this.pendingValue) : this.next;
    this.next = -1;
    this.pendingValue = -1;
    if (keyStart < 0 || keyStart >= text.length || text.charCodeAt(keyStart) !== QUOTE) return undefined;
    const keyEnd = stringEnd(text, keyStart);
    const colon = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(colon) !== COLON) return undefined;
    const valueStart = skipWhitespace(text, colon + 1);
    const key = decodeString(text, keyStart, keyEnd);
    this.members.set(key, { keyStart, keyEnd, valueStart });
    this.next = valueStart;
    this.pendingValue = valueStart;
    return key;
  }
}

/** The start of whatever follows the value at `start` and its comma, or -1 when the container ends there. */
function afterValue(text: string, start: number): number {
  const after = skipWhitespace(text, valueEnd(text, start));
  if (after <= start || text.charCodeAt(after) !== COMMA) return -1;
  const next = skipWhitespace(text, after + 1);
  return next < text.length ? next : -1;
}
