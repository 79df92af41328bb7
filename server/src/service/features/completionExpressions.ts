/**
 * Completion inside `${…}`: finds the expression being typed before the cursor and offers what can follow its path,
 * replacing the partially typed segment.
 */
import { TextEdit } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { mapStringSpan } from '../stringSpan';
import type { CompletionContext } from './completionContext';
import { expressionCandidates } from './expressionCandidates';
import { toRange } from './featureRanges';
import { decodedOffset } from './stringCursor';

const IDENTIFIER_CHAR = /[\w-]/;

/** Items for an unfinished `${…}` before the cursor in a string value; undefined when the cursor is not in one. */
export function expressionCompletions(context: CompletionContext): CompletionItem[] | undefined {
  const { node, model } = context;
  if (node?.type !== 'string' || typeof node.value !== 'string' || context.offset <= node.offset) return undefined;
  const text = model.parsed.text;
  const cursor = decodedOffset(text, node, context.offset);
  const before = node.value.slice(0, cursor);
  const open = before.lastIndexOf('${');
  if (open < 0 || before.indexOf('}', open) >= 0 || before[open - 1] === '$') return undefined;
  const typed = before.slice(open + 2);
  if (/[[\]'"\s]/.test(typed)) return [];
  const segments = typed.split('.');
  const partial = segments.pop() ?? '';
  let end = cursor;
  while (end < node.value.length && IDENTIFIER_CHAR.test(node.value.charAt(end))) end++;
  const token = { start: node.offset, end: node.offset + node.length };
  const range = toRange(
    context.document,
    mapStringSpan(text, token, { start: cursor - partial.length, length: end - cursor + partial.length }),
  );
  const from = model.taskAt(context.path);
  const lastRun = context.index?.lastRunOutputs?.(context.document.uri);
  return expressionCandidates(model, segments, from, context.index, lastRun).map((candidate, order) => ({
    label: candidate.label,
    kind: candidate.kind,
    ...(candidate.detail ? { detail: candidate.detail } : {}),
    sortText: String(order).padStart(4, '0'),
    textEdit: TextEdit.replace(range, candidate.label),
  }));
}
