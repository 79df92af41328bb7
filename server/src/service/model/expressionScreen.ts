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
import { HashTable, hashStep, nameHash, nameTable } from './hashTable';
import type { TaskScope } from './taskScope';
import type { TaskEntry } from './taskWalker';

/** True when the expression body `text[from, to)` needs no rule's attention. */
export type ExpressionScreen = (text: string, from: number, to: number, task: TaskEntry | undefined) => boolean;

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
  const refs = new HashTable(scope.byRef);
  // Bodies rooted at `workflow` that passed, by a hash of their (up to three) segments: their verdict does not
  // depend on the task, and a workflow repeats a few of them thousands of times (`workflow.input.orderId`).
  const passedWorkflowBodies = new Map<number, string>();
  return (text, from, to, task) => {
    if (!readSegments(text, from, to)) return false;
    const { rootEnd, fieldEnd, thirdEnd } = segments;
    // Every name found by hash is compared with the text: two names can share a hash.
    if (segments.rootHash === ROOT_HASH && isAt(text, ROOT, from, rootEnd)) {
      const key = thirdEnd === to ? bodyKey() : undefined;
      const known = key === undefined ? undefined : passedWorkflowBodies.get(key);
      if (known !== undefined && isAt(text, known, from, to)) return true;
      const passed = workflowBodyPasses(text, declared);
      if (passed && key !== undefined) passedWorkflowBodies.set(key, text.slice(from, to));
      return passed;
    }
    const target = refs.get(segments.rootHash);
    if (target?.ref === undefined || !isAt(text, target.ref, from, rootEnd)) return false;
    if (fieldEnd > rootEnd) {
      const field = TASK_FIELD_TABLE.get(segments.fieldHash);
      if (field === undefined || !isAt(text, field, rootEnd + 1, fieldEnd)) return false;
    }
    // An earlier sibling can always have run; anything else asks the scope table.
    if (task !== undefined && target.list === task.list && target.index < task.index) return true;
    return scope.reachability(target, task) === 'before';
  };
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

/**
 * What `readSegments` found in the last body: the ends of the first three segments (a later end equals the one
 * before when a segment is absent) and their hashes. One module-level record: returning one would allocate.
 */
const segments = { rootEnd: 0, fieldEnd: 0, thirdEnd: 0, rootHash: 0, fieldHash: 0, thirdHash: 0 };

/** Reads `text[from, to)` segment by segment into `segments`; false unless it is names joined by single dots. */
function readSegments(text: string, from: number, to: number): boolean {
  // Plain char reads, hashing as they go: a regex or a slice costs more than the whole pass on these short bodies.
  const rootEnd = scanSegment(text, from, to);
  if (rootEnd < 0) return false;
  segments.rootEnd = segments.fieldEnd = segments.thirdEnd = rootEnd;
  segments.rootHash = segmentHash;
  segments.fieldHash = segments.thirdHash = 0;
  if (rootEnd === to) return true;
  const fieldEnd = scanSegment(text, rootEnd + 1, to);
  if (fieldEnd < 0) return false;
  segments.fieldEnd = segments.thirdEnd = fieldEnd;
  segments.fieldHash = segmentHash;
  if (fieldEnd === to) return true;
  const thirdEnd = scanSegment(text, fieldEnd + 1, to);
  if (thirdEnd < 0) return false;
  segments.thirdEnd = thirdEnd;
  segments.thirdHash = segmentHash;
  for (let end = thirdEnd; end < to;) if ((end = scanSegment(text, end + 1, to)) < 0) return false;
  return true;
}

/** A key for a body of up to three segments, from their hashes (a hit is still compared with the text). */
function bodyKey(): number {
  return (
    (Math.imul(segments.rootHash, 0x9e3779b1) ^ Math.imul(segments.fieldHash, 0x85ebca6b) ^ segments.thirdHash) | 0
  );
}

/** The hash of the segment `scanSegment` last read (a module variable: returning a pair would allocate). */
let segmentHash = 0;

/** The end (a dot or `to`) of the name segment starting at `from`; -1 when it is empty or holds another character. */
function scanSegment(text: string, from: number, to: number): number {
  let hash = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) break;
    if (c >= 128 || NAME_CHARS[c] === 0) return -1;
    hash = step(hash, c);
  }
  segmentHash = hash;
  return i === from ? -1 : i;
}

/** True when `text[from, to)` is exactly `name`. */
function isAt(text: string, name: string, from: number, to: number): boolean {
  return name.length === to - from && text.startsWith(name, from);
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
