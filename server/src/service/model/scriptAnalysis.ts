/**
 * JavaScript analysis of Conductor script expressions (INLINE, SWITCH javascript/graaljs, DO_WHILE loopCondition,
 * DECISION caseExpression, event handler conditions). GraalJS evaluates them as a *script* (§4.4), so bare
 * statements such as `if (…) { true; } else { false; }` and `(function(){…})()` are fine; acorn parses them the
 * same way (plain scripts take a faster parser first, with the same results). Results are cached by source text
 * because several rules ask about the same script.
 */
import { parse } from 'acorn';
import type { Node } from 'acorn';
import { analyzePlainScript } from './plainScript';

/** A syntax error, located in the script text. */
export interface ScriptError {
  /** Acorn's message without its `(line:column)` suffix. */
  readonly message: string;
  readonly offset: number;
}

/** A read of the input map: `$.name` or `$['name']`. */
export interface DollarReference {
  readonly name: string;
  /** Offset of the name in the script (inside the quotes for `$['name']`). */
  readonly start: number;
  readonly length: number;
}

/** What a script says: its syntax error, or the input keys it reads. */
export interface ScriptAnalysis {
  readonly error: ScriptError | undefined;
  readonly references: readonly DollarReference[];
  /** The script mentions `$` at all (a read through a variable or `Object.keys($)` counts). */
  readonly usesDollar: boolean;
}

const cache = new Map<string, ScriptAnalysis>();
/** Keeps memory bounded when a document holds many distinct scripts. */
const CACHE_LIMIT = 1000;

/**
 * Parses `source` as a script. `allowReturn` is for LAMBDA, which Conductor wraps in a function (§1.11).
 */
export function analyzeScript(source: string, allowReturn = false): ScriptAnalysis {
  const key = `${allowReturn ? 'r' : 's'}${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = compute(source, allowReturn);
  // Evict the oldest entry (Map keeps insertion order) rather than everything at once.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, result);
  return result;
}

/** Forgets every cached analysis (benchmarks measure cold runs too). */
export function clearScriptCache(): void {
  cache.clear();
}

function compute(source: string, allowReturn: boolean): ScriptAnalysis {
  // Most scripts are plain enough for the fast parser, which needs no acorn set-up (see `plainScript.ts`).
  return analyzePlainScript(source) ?? analyzeWithAcorn(source, allowReturn);
}

/** The analysis by acorn alone, uncached; exported so tests can hold the fast parser to it. */
export function analyzeWithAcorn(source: string, allowReturn = false): ScriptAnalysis {
  try {
    const program = parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: allowReturn,
    });
    const references: DollarReference[] = [];
    const seen = { dollar: false };
    visit(program, references, seen, 0);
    return { error: undefined, references, usesDollar: seen.dollar };
  } catch (error) {
    // Acorn reports running out of stack (absurd nesting) as a SyntaxError too; that says nothing about the script.
    if (error instanceof SyntaxError && !/stack/i.test(error.message)) {
      const offset = (error as SyntaxError & { pos?: number }).pos ?? 0;
      return {
        error: { message: error.message.replace(/ \(\d+:\d+\)$/, ''), offset },
        references: [],
        usesDollar: source.includes('$'),
      };
    }
    // Nothing can be said about the script, so claim nothing.
    return { error: undefined, references: [], usesDollar: true };
  }
}

/** Collects `$.x` / `$['x']` member reads by walking every child node generically. */
function visit(node: Node, out: DollarReference[], seen: { dollar: boolean }, depth: number): void {
  if (depth > 500) return;
  if (node.type === 'Identifier' && (node as Node & { name: string }).name === '$') seen.dollar = true;
  const reference = dollarReference(node);
  if (reference) out.push(reference);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item, out, seen, depth + 1);
    } else if (isNode(value)) visit(value, out, seen, depth + 1);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function dollarReference(node: Node): DollarReference | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const member = node as Node & { object: Node; property: Node; computed: boolean };
  if (member.object.type !== 'Identifier' || (member.object as Node & { name: string }).name !== '$') return undefined;
  const property = member.property as Node & { name?: unknown; value?: unknown };
  if (!member.computed && typeof property.name === 'string') {
    return { name: property.name, start: property.start, length: property.end - property.start };
  }
  if (member.computed && property.type === 'Literal' && typeof property.value === 'string') {
    return { name: property.value, start: property.start + 1, length: property.end - property.start - 2 };
  }
  return undefined;
}
