import { readPath } from './jsonPath';

/**
 * Evaluates a JsonPath filter body (`@.status == 'DONE' && @.n > 2`) against one candidate node. Covers the
 * comparisons people write in Conductor inputs (==, !=, <, <=, >, >=, existence, && and ||); anything else
 * matches nothing rather than failing the task, in the spirit of Conductor's SUPPRESS_EXCEPTIONS (§4.2).
 */

const COMPARISON = /^(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/;

/** True when `node` satisfies the filter `expression`. */
export function matchesFilter(expression: string, node: unknown, root: unknown): boolean {
  return expression
    .split('||')
    .some((any) => any.split('&&').every((clause) => matchesClause(clause.trim(), node, root)));
}

function matchesClause(clause: string, node: unknown, root: unknown): boolean {
  const match = COMPARISON.exec(clause);
  if (!match) {
    const value = operand(clause, node, root);
    return value !== null && value !== undefined && value !== false;
  }
  const left = operand(match[1] ?? '', node, root);
  const right = operand(match[3] ?? '', node, root);
  return compare(left, match[2] ?? '', right);
}

function operand(text: string, node: unknown, root: unknown): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('@')) return safeRead(node, '$' + trimmed.slice(1));
  if (trimmed.startsWith('$')) return safeRead(root, trimmed);
  if (/^(['"]).*\1$/.test(trimmed)) return trimmed.slice(1, -1);
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (trimmed === 'null') return null;
  const num = Number(trimmed);
  return Number.isNaN(num) ? undefined : num;
}

function safeRead(node: unknown, path: string): unknown {
  try {
    return path === '$' ? node : readPath(node, path);
  } catch {
    return undefined;
  }
}

function compare(left: unknown, op: string, right: unknown): boolean {
  if (op === '==') return left === right;
  if (op === '!=') return left !== right;
  const bothNumbers = typeof left === 'number' && typeof right === 'number';
  const bothStrings = typeof left === 'string' && typeof right === 'string';
  if (!bothNumbers && !bothStrings) return false;
  if (op === '<') return left < right;
  if (op === '<=') return left <= right;
  if (op === '>') return left > right;
  return left >= right;
}
