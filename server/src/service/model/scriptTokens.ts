/**
 * The tokenizer of `plainScript.ts`: a deliberately small subset of JavaScript's lexical grammar (ASCII names,
 * decimal numbers, quote strings without escapes, a few punctuators). Anything outside it, and anything whose
 * meaning depends on context (comments, regex literals, `++`, `=>`, `?.`, `??`), stops tokenizing, so the caller
 * hands the script to acorn, which also produces the exact error for scripts that are wrong.
 */

/** Token kinds; `Stop` means "not in the subset" and ends the plain parse. */
export const Kind = { End: 0, Name: 1, Number: 2, String: 3, Punct: 4, Stop: 5 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/**
 * Two-character punctuators of the subset by their first character: those ending in `=` and the doubled `&&`/`||`;
 * `===`/`!==` are found by extending `==`/`!=`. Read by char code: this runs per token, and slicing the pair out to
 * look it up allocated a string per token.
 */
const PAIRS_WITH_EQUALS: Readonly<Record<number, string>> = { 60: '<=', 62: '>=', 61: '==', 33: '!=' };
const DOUBLED_PAIRS: Readonly<Record<number, string>> = { 38: '&&', 124: '||' };
const EQUALS = 61;
/** Single-character punctuators of the subset. */
const SINGLES = '(){}[];,.?:<>+-*/%!';
/** Characters that would turn a single punctuator into one outside the subset (`++`, `**`, `=`, `?.`, `//`…). */
const STOPPERS: Readonly<Record<string, string>> = { '+': '+=', '-': '-=', '*': '*=', '/': '/*=', '%': '=', '?': '.?' };

/**
 * More tokens than this and the plain parse stops: acorn's tree could then be deeper than the 500 levels its
 * reference walk visits (a node per token at most, plus a statement node per token), and results must be equal.
 */
const MAX_TOKENS = 240;

/** A cursor over one script; `next()` moves to the following token and describes it in the public fields. */
export class ScriptTokens {
  kind: Kind = Kind.Stop;
  start = 0;
  end = 0;
  /** The punctuator or name text (empty for numbers and strings, which the parser never needs to read). */
  text = '';
  /** A line break lies between the previous token and this one. */
  newlineBefore = false;
  private count = 0;

  constructor(private readonly source: string) {}

  next(): Kind {
    const source = this.source;
    if (++this.count > MAX_TOKENS) return this.set(Kind.Stop, this.end);
    let at = this.end;
    this.newlineBefore = false;
    for (; at < source.length; at++) {
      const c = source.charCodeAt(at);
      if (c === 10 || c === 13) this.newlineBefore = true;
      else if (c !== 32 && c !== 9) break;
    }
    this.start = at;
    this.text = '';
    if (at >= source.length) return this.set(Kind.End, at);
    const c = source.charCodeAt(at);
    if (isNameStart(c)) return this.name(at);
    if (c >= 48 && c <= 57) return this.number(at);
    if (c === 34 || c === 39) return this.string(at, c);
    return this.punct(at);
  }

  private set(kind: Kind, end: number): Kind {
    this.kind = kind;
    this.end = end;
    return kind;
  }

  private name(from: number): Kind {
    let at = from + 1;
    while (at < this.source.length && isNamePart(this.source.charCodeAt(at))) at++;
    // A backslash (unicode escape) or a non-ASCII letter may continue the name: leave those to acorn.
    const after = this.source.charCodeAt(at);
    if (after === 92 || after >= 128) return this.set(Kind.Stop, at);
    this.text = this.source.slice(from, at);
    return this.set(Kind.Name, at);
  }

  private number(from: number): Kind {
    const digits = (at: number): number => {
      while (at < this.source.length && isDigit(this.source.charCodeAt(at))) at++;
      return at;
    };
    let at = digits(from + 1);
    // A leading zero makes a legacy octal or a strict-mode error; `5.` and `5.x` are tricky: leave them to acorn.
    if (this.source.charCodeAt(from) === 48 && at > from + 1) return this.set(Kind.Stop, at);
    if (this.source.charCodeAt(at) === 46) {
      if (!isDigit(this.source.charCodeAt(at + 1))) return this.set(Kind.Stop, at);
      at = digits(at + 1);
    }
    const after = this.source.charCodeAt(at);
    if (isNamePart(after) || after === 46 || after === 92 || after >= 128) return this.set(Kind.Stop, at);
    return this.set(Kind.Number, at);
  }

  private string(from: number, quote: number): Kind {
    for (let at = from + 1; at < this.source.length; at++) {
      const c = this.source.charCodeAt(at);
      if (c === quote) return this.set(Kind.String, at + 1);
      if (c === 92 || c === 10 || c === 13) break; // backslash, line breaks
    }
    return this.set(Kind.Stop, this.source.length);
  }

  private punct(at: number): Kind {
    const pair = pairAt(this.source, at);
    if (pair !== undefined) {
      const long = (pair === '==' || pair === '!=') && this.source.charCodeAt(at + 2) === EQUALS;
      this.text = long ? `${pair}=` : pair;
      return this.set(Kind.Punct, at + this.text.length);
    }
    const single = this.source[at] ?? '';
    const following = this.source[at + 1] ?? '';
    if (!SINGLES.includes(single) || (following !== '' && (STOPPERS[single] ?? '').includes(following))) {
      return this.set(Kind.Stop, at);
    }
    // `<`/`>` followed by `<`, `>` or `=` were pairs or shifts; shifts are outside the subset.
    if ((single === '<' || single === '>') && (following === '<' || following === '>')) return this.set(Kind.Stop, at);
    this.text = single;
    return this.set(Kind.Punct, at + 1);
  }
}

/** The two-character punctuator of the subset starting at `at`, if any. */
function pairAt(source: string, at: number): string | undefined {
  const first = source.charCodeAt(at);
  const second = source.charCodeAt(at + 1);
  if (second === EQUALS) return PAIRS_WITH_EQUALS[first];
  return second === first ? DOUBLED_PAIRS[first] : undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}
