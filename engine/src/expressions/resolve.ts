import { readPath } from './jsonPath';
import { InvalidPathError } from './jsonPathParser';

/**
 * Conductor's `${…}` parameter resolution (reference/conductor.md §4.2, ParametersUtils): a string that is exactly
 * one expression yields the typed value; otherwise each expression is interpolated with Java's `toString`
 * (null → "null"); nested expressions resolve inside-out; `$${` escapes to a literal `${`; `${CPEWF_TASK_ID}` is the
 * task id. Maps and lists are walked recursively; the input is never mutated.
 */

/** Environment of one resolution: the context document (§4.1) and the id of the task being resolved. */
export interface ResolveScope {
  document: unknown;
  taskId?: string | undefined;
}

type Piece = { text: string } | { expression: string };

const SECRETS_PREFIX = 'workflow.secrets.';

/** Resolves every `${…}` in a JSON value (maps and lists recursively), returning a new value. */
export function resolveValue(value: unknown, scope: ResolveScope): unknown {
  if (typeof value === 'string') return resolveString(value, scope);
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, scope));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveValue(item, scope);
    return out;
  }
  return value;
}

/** Resolves one string: typed when it is a single expression, interpolated otherwise. */
export function resolveString(text: string, scope: ResolveScope): unknown {
  if (!text.includes('${')) return text;
  const pieces = splitPieces(text);
  const only = pieces[0];
  if (pieces.length === 1 && only && 'expression' in only) return evaluate(only.expression, scope);
  return pieces
    .map((piece) => ('text' in piece ? piece.text : javaToString(evaluate(piece.expression, scope))))
    .join('');
}

function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      literal += '${';
      i += 3;
    } else if (text.startsWith('${', i)) {
      const close = findClose(text, i + 2);
      if (close < 0) {
        literal += text.slice(i);
        break;
      }
      if (literal) pieces.push({ text: literal });
      literal = '';
      pieces.push({ expression: text.slice(i + 2, close) });
      i = close + 1;
    } else {
      literal += text[i];
      i++;
    }
  }
  if (literal || pieces.length === 0) pieces.push({ text: literal });
  return pieces;
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function evaluate(expression: string, scope: ResolveScope): unknown {
  const inner = expression.includes('${') ? javaToString(resolveString(expression, scope)) : expression;
  if (inner.trim() === '') return '';
  if (inner === 'CPEWF_TASK_ID') return scope.taskId ?? null;
  // §4.2 (v3.31.2+): a secret stays a literal until the task is handed off; this engine has no secrets store.
  if (inner.startsWith(SECRETS_PREFIX)) return `\${${expression}}`;
  // Jayway compiles a path without a leading `$`/`@` as "$." + the untrimmed text, so a leading blank there is an
  // invalid path (null); surrounding blanks of a `$` path and trailing ones are trimmed.
  if (/^\s/.test(inner) && !/^\s*[$@]/.test(inner)) return null;
  try {
    return readPath(scope.document, inner);
  } catch (error) {
    // Registration rejects bad top-level paths (§2.4); at run time a bad nested one resolves to null, not a crash.
    if (error instanceof InvalidPathError) return null;
    throw error;
  }
}

/** Renders a value as Java's `Objects.toString` would for Jackson's maps and lists (`{a=1, b=[x, y]}`). */
export function javaToString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map((v) => javaToString(v)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${k}=${javaToString(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
