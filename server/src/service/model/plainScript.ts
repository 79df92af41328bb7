/**
 * A fast path of script analysis for the plain scripts most workflows hold (`if ($.loop['iteration'] < $.max) {
 * true; } else { false; }`, `$.kind == 'a' ? 'a' : 'b'`): a recursive-descent parser of a small JavaScript subset
 * (if/else, blocks, expression statements; names, literals, member reads, calls, unary and binary operators, `?:`)
 * that allocates little and needs no parser set-up, where acorn costs tens of microseconds per script. It only
 * ever answers "valid, with these `$` reads": whatever falls outside the subset, valid or not, returns undefined
 * and goes to acorn, so errors and their messages stay acorn's. The reads are those acorn's tree gives, in the
 * same (source) order; `plainScript.test.ts` compares the two on generated scripts.
 */
import { PlainExpressions } from './plainExpressions';
import type { ScriptAnalysis } from './scriptAnalysis';
import { Kind } from './scriptTokens';

/** Statements deeper than this are left to acorn. */
const MAX_DEPTH = 100;

/** The analysis of a script inside the subset, or undefined to let acorn decide. */
export function analyzePlainScript(source: string): ScriptAnalysis | undefined {
  return new PlainParser(source).program();
}

class PlainParser extends PlainExpressions {
  program(): ScriptAnalysis | undefined {
    const tokens = this.tokens;
    // A leading string may be a directive ('use strict' changes what is valid): not plain.
    if (tokens.next() === Kind.String) return undefined;
    while (tokens.kind !== Kind.End) if (!this.statement()) return undefined;
    return { error: undefined, references: this.references, usesDollar: this.usesDollar };
  }

  private statement(): boolean {
    if (++this.depth > MAX_DEPTH) return false;
    const tokens = this.tokens;
    let ok: boolean;
    if (this.at(';')) ok = this.advance();
    else if (this.at('{')) ok = this.block();
    else if (tokens.kind === Kind.Name && tokens.text === 'if') ok = this.ifStatement();
    // An expression statement ends at `;`, or without one before `}` or the end (automatic semicolon insertion).
    else ok = this.expression() && (this.eat(';') || this.at('}') || this.atEnd());
    this.depth--;
    return ok;
  }

  private block(): boolean {
    this.tokens.next();
    while (!this.at('}')) if (this.atEnd() || !this.statement()) return false;
    return this.advance();
  }

  private ifStatement(): boolean {
    const tokens = this.tokens;
    tokens.next();
    if (!this.eat('(') || !this.expression() || !this.eat(')') || !this.statement()) return false;
    if (tokens.kind !== Kind.Name || tokens.text !== 'else') return true;
    tokens.next();
    return this.statement();
  }
}
