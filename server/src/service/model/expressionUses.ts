/**
 * Collects every `${…}` a workflow definition resolves at runtime, with the task whose context resolves it:
 * task `inputParameters` (any depth), `subWorkflowParam`, DO_WHILE `items`, an inline `taskDefinition`'s
 * `inputTemplate` (merged into the input before resolution, §4.3) and the workflow's `outputParameters`.
 */
import type { JsonPath } from '../types';
import { splitExpressionPath } from './expressionPath';
import type { ExpressionPath } from './expressionPath';
import { scanExpressions } from './expressionScanner';
import type { ExpressionToken } from './expressionScanner';
import { isObject, objectProp } from './jsonValue';
import { forEachString } from './stringValues';
import type { TaskEntry } from './taskWalker';

/** One expression in the definition. Token offsets are absolute within `value`. */
export interface ExpressionUse {
  /** Path of the string holding the expression. */
  readonly path: JsonPath;
  /** The nearest input parameter key (for Conductor's messages, §2.4). */
  readonly key: string;
  /** The whole string. */
  readonly value: string;
  /** The task resolving it; undefined for the workflow's outputParameters (resolved at completion). */
  readonly task: TaskEntry | undefined;
  /** In a top-level task's inputParameters: the only place Conductor checks references at registration (§2.4). */
  readonly registrationChecked: boolean;
  readonly token: ExpressionToken;
  /** The JSONPath segments; for a body with a nested `${…}`, only those before it. */
  readonly parsed: ExpressionPath;
  /** The body contains a nested `${…}`, resolved first (§4.2). */
  readonly hasNested: boolean;
}

/** Every expression of the workflow, tasks first in document order, then the workflow outputParameters. */
export function collectExpressionUses(workflow: unknown, entries: readonly TaskEntry[]): ExpressionUse[] {
  const uses: ExpressionUse[] = [];
  for (const entry of entries) {
    const { task, path } = entry;
    const top = entry.parent === undefined;
    collect(task.inputParameters, [...path, 'inputParameters'], entry, top, uses);
    const sub = objectProp(task, 'subWorkflowParam');
    for (const key of sub ? Object.keys(sub) : []) {
      // An inline child definition resolves in the child's own context.
      if (key === 'workflowDefinition' && isObject(sub?.[key])) continue;
      collect(sub?.[key], [...path, 'subWorkflowParam', key], entry, false, uses);
    }
    if (entry.type === 'DO_WHILE') collect(task.items, [...path, 'items'], entry, false, uses);
    const inline = objectProp(task, 'taskDefinition');
    if (inline) collect(inline.inputTemplate, [...path, 'taskDefinition', 'inputTemplate'], entry, false, uses);
  }
  if (isObject(workflow)) collect(workflow.outputParameters, ['outputParameters'], undefined, false, uses);
  return uses;
}

function collect(
  value: unknown,
  basePath: JsonPath,
  task: TaskEntry | undefined,
  registrationChecked: boolean,
  out: ExpressionUse[],
): void {
  if (value === undefined) return;
  forEachString(value, basePath, '${', (found) => {
    const add = (token: ExpressionToken, hasNested: boolean, parsed: ExpressionPath): void => {
      out.push({ ...found, task, registrationChecked, token, parsed, hasNested });
    };
    for (const token of scanExpressions(found.value)) addToken(token, 0, add);
  });
}

/** Adds a token and, for a body with nested expressions, each nested one (offsets shifted to the string). */
function addToken(
  token: ExpressionToken,
  offset: number,
  add: (token: ExpressionToken, hasNested: boolean, parsed: ExpressionPath) => void,
): void {
  if (token.escaped) return;
  const absolute = { ...token, start: token.start + offset, bodyStart: token.bodyStart + offset };
  const nestedAt = token.body.indexOf('${');
  if (nestedAt === -1) {
    add(absolute, false, splitExpressionPath(token.body));
    return;
  }
  const before = splitExpressionPath(token.body.slice(0, nestedAt));
  add(absolute, true, { segments: before.segments, error: undefined });
  for (const inner of scanExpressions(token.body)) addToken(inner, absolute.bodyStart, add);
}
