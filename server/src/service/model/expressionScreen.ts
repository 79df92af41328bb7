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
import { bodyKey as keyOfBody, readSegments as readBody, segments as lastSegments } from './bodySegments';
import { HashTable, nameHash, nameTable } from './hashTable';
import type { TaskScope } from './taskScope';
import type { TaskEntry } from './taskWalker';

/** True when the expression body `text[from, to)` needs no rule's attention. */
export type ExpressionScreen = (text: string, from: number, to: number, task: TaskEntry | undefined) => boolean;

const W = 119;
const WORKFLOW_FIELD_TABLE = nameTable(WORKFLOW_FIELDS);
const TASK_FIELD_TABLE = nameTable(TASK_FIELDS);
// Module-level copies: imported bindings are property getters under tsx, and the screen runs per expression.
const ROOT = WORKFLOW_ROOT;
const ROOT_HASH = nameHash(ROOT);
const readSegments = readBody;
const bodyKey = keyOfBody;
const segments = lastSegments;

/** Builds the screen for one workflow from its scope table and declared inputs. */
export function createExpressionScreen(workflow: unknown, scope: TaskScope): ExpressionScreen {
  const declared = declaredInputs(workflow);
  const refs = new HashTable(scope.byRef);
  // Bodies rooted at `workflow` that passed, by a hash of their (up to three) segments: their verdict does not
  // depend on the task, and a workflow repeats a few of them thousands of times (`workflow.input.orderId`).
  const passedWorkflowBodies = new Map<number, string>();
  // Strings that are exactly one `${…}` and passed, by their text: `true` for a `workflow` body, else the task it
  // names (only whether that task can have run still depends on the referring task). Repeated strings are common.
  const passedStrings = new Map<string, TaskEntry | true>();
  return (text, from, to, task) => {
    // Only for bodies starting like `workflow`: most task references appear once, and a miss costs a string hash.
    const whole = from === 2 && to === text.length - 1 && text.charCodeAt(2) === W;
    const known = whole ? passedStrings.get(text) : undefined;
    if (known === true) return true;
    if (known !== undefined) return canHaveRun(known, task, scope);
    if (!readSegments(text, from, to)) return false;
    const { rootEnd, fieldEnd, thirdEnd } = segments;
    // Every name found by hash is compared with the text: two names can share a hash.
    if (segments.rootHash === ROOT_HASH && isAt(text, ROOT, from, rootEnd)) {
      const key = thirdEnd === to ? bodyKey() : undefined;
      const body = key === undefined ? undefined : passedWorkflowBodies.get(key);
      if (body !== undefined && isAt(text, body, from, to)) return true;
      const passed = workflowBodyPasses(text, declared);
      if (passed && key !== undefined) passedWorkflowBodies.set(key, text.slice(from, to));
      if (passed && whole) passedStrings.set(text, true);
      return passed;
    }
    const target = refs.get(segments.rootHash);
    if (target?.ref === undefined || !isAt(text, target.ref, from, rootEnd)) return false;
    if (fieldEnd > rootEnd) {
      const field = TASK_FIELD_TABLE.get(segments.fieldHash);
      if (field === undefined || !isAt(text, field, rootEnd + 1, fieldEnd)) return false;
    }
    if (whole) passedStrings.set(text, target);
    return canHaveRun(target, task, scope);
  };
}

/** Whether `target` can have run before `task` resolves its inputs. */
function canHaveRun(target: TaskEntry, task: TaskEntry | undefined, scope: TaskScope): boolean {
  // An earlier sibling can always have run; anything else asks the scope table.
  if (task !== undefined && target.list === task.list && target.index < task.index) return true;
  return scope.reachability(target, task) === 'before';
}

/** The body after its `workflow` root (read by `readSegments`): a workflow field, and a declared input. */
function workflowBodyPasses(text: string, declared: HashTable<string> | undefined): boolean {
  const { rootEnd, fieldEnd, thirdEnd } = segments;
  if (fieldEnd === rootEnd) return true;
  const field = WORKFLOW_FIELD_TABLE.get(segments.fieldHash);
  if (field === undefined || !isAt(text, field, rootEnd + 1, fieldEnd)) return false;
  if (field !== 'input' || thirdEnd === fieldEnd || !declared) return true;
  const input = declared.get(segments.thirdHash);
  return input !== undefined && isAt(text, input, fieldEnd + 1, thirdEnd);
}

/** True when `text[from, to)` is exactly `name`. */
function isAt(text: string, name: string, from: number, to: number): boolean {
  if (name.length !== to - from) return false;
  // A char loop, not `startsWith(name, from)`: on these short names the builtin call cost more than the compare
  // (the largest single line of the screen in a profile).
  for (let i = 0; i < name.length; i++) if (text.charCodeAt(from + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** Listed inputs plus inputTemplate keys; undefined when inputParameters is empty (nothing to check against). */
function declaredInputs(workflow: unknown): HashTable<string> | undefined {
  if (!isObject(workflow)) return undefined;
  const names = (arrayProp(workflow, 'inputParameters') ?? []).filter(
    (name): name is string => typeof name === 'string',
  );
  if (names.length === 0) return undefined;
  return nameTable([...names, ...Object.keys(objectProp(workflow, 'inputTemplate') ?? {})]);
}
