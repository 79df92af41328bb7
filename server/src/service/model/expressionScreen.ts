/**
 * A conservative pre-filter for expression rules, run on the raw text of each expression before anything is
 * allocated for it. It passes only plain dotted paths (`workflow.input.id`, `task_1.output.result.value`) that
 * every expression rule accepts: a valid root and field, a task that can have run, a declared workflow input. A
 * large workflow holds ~10k expressions and nearly all are like that; everything else (brackets, spaces, unknown or
 * unreachable names, malformed paths) is left to the rules. Keep it in step with them: it may let through more than
 * they report, never less.
 */
import { TASK_FIELDS, WORKFLOW_FIELDS, WORKFLOW_ROOT } from './expressionContext';
import { arrayProp, isObject, objectProp } from './jsonValue';
import type { TaskScope } from './taskScope';
import type { TaskEntry } from './taskWalker';

/** True when the expression body `text[from, to)` needs no rule's attention. */
export type ExpressionScreen = (text: string, from: number, to: number, task: TaskEntry | undefined) => boolean;

/** Tests whether `text[from, to)` is one of a few names, without slicing it out. */
type NameMatcher = (text: string, from: number, to: number) => boolean;

/** Names (letters, digits, `_`, `-`) joined by single dots, nothing else. */
const PLAIN_PATH = /[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*/y;
const isWorkflowField = nameMatcher(WORKFLOW_FIELDS);
const isTaskField = nameMatcher(TASK_FIELDS);
// A module-level copy: imported bindings are property getters under tsx, and the screen runs per expression.
const ROOT = WORKFLOW_ROOT;
const ROOT_LENGTH = ROOT.length;

/** Builds the screen for one workflow from its scope table and declared inputs. */
export function createExpressionScreen(workflow: unknown, scope: TaskScope): ExpressionScreen {
  const declared = declaredInputs(workflow);
  return (text, from, to, task) => {
    // One native sticky-regex pass checks the whole body is a plain dotted path; lastIndex tells where it ended.
    PLAIN_PATH.lastIndex = from;
    if (!PLAIN_PATH.test(text) || PLAIN_PATH.lastIndex !== to) return false;
    const rootEnd = dotOrEnd(text, from, to);
    const fieldEnd = rootEnd < to ? dotOrEnd(text, rootEnd + 1, to) : rootEnd;
    const thirdEnd = fieldEnd < to ? dotOrEnd(text, fieldEnd + 1, to) : fieldEnd;
    const hasField = fieldEnd > rootEnd;
    // Names are compared in place: this runs for every expression and must not allocate for `workflow.…`.
    if (rootEnd - from === ROOT_LENGTH && text.startsWith(ROOT, from)) {
      if (!hasField) return true;
      if (!isWorkflowField(text, rootEnd + 1, fieldEnd)) return false;
      const isInput = fieldEnd - rootEnd - 1 === 5 && text.startsWith('input', rootEnd + 1);
      return !isInput || thirdEnd === fieldEnd || !declared || declared(text, fieldEnd + 1, thirdEnd);
    }
    const target = scope.byRef.get(text.slice(from, rootEnd));
    if (!target || (hasField && !isTaskField(text, rootEnd + 1, fieldEnd))) return false;
    return scope.reachability(target, task) === 'before';
  };
}

/** The next `.` at or after `from`, or `to` when there is none before it. */
function dotOrEnd(text: string, from: number, to: number): number {
  const dot = text.indexOf('.', from);
  return dot === -1 || dot > to ? to : dot;
}

/** Listed inputs plus inputTemplate keys; undefined when inputParameters is empty (nothing to check against). */
function declaredInputs(workflow: unknown): NameMatcher | undefined {
  if (!isObject(workflow)) return undefined;
  const names = (arrayProp(workflow, 'inputParameters') ?? []).filter(
    (name): name is string => typeof name === 'string',
  );
  if (names.length === 0) return undefined;
  return nameMatcher([...names, ...Object.keys(objectProp(workflow, 'inputTemplate') ?? {})]);
}

/** A matcher over names grouped by length, so a test compares a handful of candidates in place. */
function nameMatcher(names: readonly string[]): NameMatcher {
  const byLength = new Map<number, string[]>();
  for (const name of names) byLength.set(name.length, [...(byLength.get(name.length) ?? []), name]);
  return (text, from, to) => {
    const candidates = byLength.get(to - from);
    if (!candidates) return false;
    for (const candidate of candidates) if (text.startsWith(candidate, from)) return true;
    return false;
  };
}
