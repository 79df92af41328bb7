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
import { hashStep, nameHash, nameTable, refTable } from './refTable';
import type { TaskScope } from './taskScope';
import type { TaskEntry } from './taskWalker';

/** True when the expression body `text[from, to)` needs no rule's attention. */
export type ExpressionScreen = (text: string, from: number, to: number, task: TaskEntry | undefined) => boolean;

/** Tests whether `text[from, to)` is one of a few names, without slicing it out. */
type NameMatcher = (text: string, from: number, to: number) => boolean;

const DOT = 46;
/** Characters of a plain name segment: letters, digits, `_`, `-` (1), by char code below 128. */
const NAME_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') NAME_CHARS[c.charCodeAt(0)] = 1;
const WORKFLOW_FIELD_TABLE = nameTable(WORKFLOW_FIELDS);
const TASK_FIELD_TABLE = nameTable(TASK_FIELDS);
// Module-level copies: imported bindings are property getters under tsx, and the screen runs per expression.
const ROOT = WORKFLOW_ROOT;
const ROOT_HASH = nameHash(ROOT);
const step = hashStep;

/** Builds the screen for one workflow from its scope table and declared inputs. */
export function createExpressionScreen(workflow: unknown, scope: TaskScope): ExpressionScreen {
  const declared = declaredInputs(workflow);
  const refs = refTable(scope.byRef);
  return (text, from, to, task) => {
    // One pass checks the body is names joined by single dots, finds the first three segments' ends and hashes
    // the first two; plain char reads, because a regex or slice costs more than the whole pass on these bodies.
    let rootEnd = -1;
    let fieldEnd = -1;
    let thirdEnd = -1;
    let rootHash = 0;
    let fieldHash = 0;
    let segmentStart = from;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === DOT) {
        if (i === segmentStart) return false;
        if (rootEnd < 0) rootEnd = i;
        else if (fieldEnd < 0) fieldEnd = i;
        else if (thirdEnd < 0) thirdEnd = i;
        segmentStart = i + 1;
      } else if (c >= 128 || NAME_CHARS[c] === 0) return false;
      else if (rootEnd < 0) rootHash = step(rootHash, c);
      else if (fieldEnd < 0) fieldHash = step(fieldHash, c);
    }
    if (segmentStart === to) return false;
    if (rootEnd < 0) rootEnd = fieldEnd = thirdEnd = to;
    else if (fieldEnd < 0) fieldEnd = thirdEnd = to;
    else if (thirdEnd < 0) thirdEnd = to;
    const hasField = fieldEnd > rootEnd;
    // Every name found by hash is compared with the text: two names can share a hash.
    if (rootHash === ROOT_HASH && isAt(text, ROOT, from, rootEnd)) {
      if (!hasField) return true;
      const field = WORKFLOW_FIELD_TABLE.get(fieldHash);
      if (field === undefined || !isAt(text, field, rootEnd + 1, fieldEnd)) return false;
      return field !== 'input' || thirdEnd === fieldEnd || !declared || declared(text, fieldEnd + 1, thirdEnd);
    }
    const target = refs.get(rootHash);
    if (target?.ref === undefined || !isAt(text, target.ref, from, rootEnd)) return false;
    if (hasField) {
      const field = TASK_FIELD_TABLE.get(fieldHash);
      if (field === undefined || !isAt(text, field, rootEnd + 1, fieldEnd)) return false;
    }
    // An earlier sibling can always have run; anything else asks the scope table.
    if (task !== undefined && target.list === task.list && target.index < task.index) return true;
    return scope.reachability(target, task) === 'before';
  };
}

/** True when `text[from, to)` is exactly `name`. */
function isAt(text: string, name: string, from: number, to: number): boolean {
  return name.length === to - from && text.startsWith(name, from);
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
