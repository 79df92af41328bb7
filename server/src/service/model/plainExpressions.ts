/**
 * The expression half of the plain script parser (`plainScript.ts`): conditional, binary (`||` `&&` equality,
 * relational, additive, multiplicative), unary `!` `-` `+`, member reads, calls, names, numbers, strings and
 * parentheses. Every method returns false as soon as the script leaves that subset. `$.name` and `$['name']` reads
 * are recorded as acorn's tree would show them.
 */
import type { DollarReference } from './scriptAnalysis';
import { Kind, ScriptTokens } from './scriptTokens';

/** Words that are not plain identifier reads in a sloppy script (keywords, and words some contexts reserve). */
const NOT_PLAIN_NAMES: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends finally for ' +
    'function if import in instanceof new return super switch throw try typeof var void while with let static ' +
    'yield await async implements interface package private protected public'
  ).split(' '),
);
const PRECEDENCE: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '===': 3,
  '!==': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
/** Nesting deeper than this (parentheses, operands) is left to acorn. */
const MAX_DEPTH = 100;

/** What the last parsed expression is, as far as `$` reads care: `$` itself, a string literal, or anything else. */
const OTHER = 0;
const DOLLAR = 1;
const STRING = 2;

/** The expression parser over one script's tokens, with what the statement parser shares. */
export class PlainExpressions {
  protected readonly tokens: ScriptTokens;
  protected readonly references: DollarReference[] = [];
  protected usesDollar = false;
  protected depth = 0;
  private node = OTHER;
  private nodeStart = 0;
  private nodeEnd = 0;

  constructor(private readonly source: string) {
    this.tokens = new ScriptTokens(source);
  }

  /** A conditional expression (assignment and the comma operator are outside the subset). */
  protected expression(): boolean {
    if (++this.depth > MAX_DEPTH || !this.binary(1)) return false;
    if (this.at('?')) {
      this.tokens.next();
      if (!this.expression() || !this.eat(':') || !this.expression()) return false;
      this.node = OTHER;
    }
    this.depth--;
    return true;
  }

  /** Operators of at least `minimum` precedence, left-associative. */
  private binary(minimum: number): boolean {
    if (!this.unary()) return false;
    const tokens = this.tokens;
    for (;;) {
      const precedence = tokens.kind === Kind.Punct ? PRECEDENCE[tokens.text] : undefined;
      if (precedence === undefined || precedence < minimum) return true;
      tokens.next();
      if (!this.binary(precedence + 1)) return false;
      this.node = OTHER;
    }
  }

  private unary(): boolean {
    if (!this.at('!') && !this.at('-') && !this.at('+')) return this.postfix();
    this.tokens.next();
    if (++this.depth > MAX_DEPTH || !this.unary()) return false;
    this.depth--;
    this.node = OTHER;
    return true;
  }

  /** A primary followed by member reads and calls; records `$.name` and `$['name']`. */
  private postfix(): boolean {
    if (!this.primary()) return false;
    const tokens = this.tokens;
    for (;;) {
      if (this.at('.')) {
        if (tokens.next() !== Kind.Name) return false;
        this.name(tokens.text);
        if (this.node === DOLLAR) this.read(tokens.text, tokens.start, tokens.end - tokens.start);
        tokens.next();
      } else if (this.at('[')) {
        const onDollar = this.node === DOLLAR;
        tokens.next();
        if (!this.expression()) return false;
        const { node, nodeStart, nodeEnd } = this;
        if (!this.eat(']')) return false;
        if (onDollar && node === STRING) {
          this.read(this.source.slice(nodeStart + 1, nodeEnd - 1), nodeStart + 1, nodeEnd - nodeStart - 2);
        }
      } else if (this.at('(')) {
        if (!this.callArguments()) return false;
      } else {
        return true;
      }
      this.node = OTHER;
    }
  }

  private callArguments(): boolean {
    this.tokens.next();
    if (this.at(')')) return this.advance();
    for (;;) {
      if (!this.expression()) return false;
      if (this.at(')')) return this.advance();
      // A trailing comma is valid but rare: leave it to acorn.
      if (!this.eat(',') || this.at(')')) return false;
    }
  }

  private primary(): boolean {
    const tokens = this.tokens;
    this.node = OTHER;
    switch (tokens.kind) {
      case Kind.Name:
        if (NOT_PLAIN_NAMES.has(tokens.text)) return false;
        this.name(tokens.text);
        if (tokens.text === '$') this.node = DOLLAR;
        break;
      case Kind.String:
        this.node = STRING;
        this.nodeStart = tokens.start;
        this.nodeEnd = tokens.end;
        break;
      case Kind.Number:
        break;
      default:
        // Parentheses leave no node in acorn's tree: `($).a` reads `$` like `$.a`.
        return this.at('(') && this.advance() && this.expression() && this.eat(')');
    }
    return this.advance();
  }

  /** Acorn's walk counts any identifier `$` as a use, a property name after `.` included. */
  private name(text: string): void {
    if (text === '$') this.usesDollar = true;
  }

  private read(name: string, start: number, length: number): void {
    this.references.push({ name, start, length });
  }

  protected at(punct: string): boolean {
    return this.tokens.kind === Kind.Punct && this.tokens.text === punct;
  }

  protected atEnd(): boolean {
    return this.tokens.kind === Kind.End;
  }

  protected eat(punct: string): boolean {
    return this.at(punct) && this.advance();
  }

  /** Moves to the next token; true, so it chains in conditions. */
  protected advance(): boolean {
    this.tokens.next();
    return true;
  }
}
