/**
 * References to tasks that cannot have run when the expression is resolved: Conductor builds the context from the
 * tasks already in the execution (§4.1), so such a reference resolves to null. Uses the scope table (§5.6–§5.8).
 * A task inside a DO_WHILE that reads its own output reads the previous iteration's (§4.1: loop tasks are keyed
 * without `__N`, latest first), the usual way to carry a page cursor, so that is not reported.
 */
import type { Reachability } from '../model/taskScope';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';
import { isMalformed } from './pathSpaces';

const MESSAGES: Readonly<Record<Exclude<Reachability, 'before'>, string>> = {
  later: "Task '%s' runs later than this task, so the reference resolves to null here.",
  self: "Task '%s' refers to itself: its own input and output do not exist yet while its inputs are resolved, so this resolves to null.",
  otherBranch:
    "Task '%s' is in another case of the same SWITCH: only one case runs, so the reference always resolves to null here.",
  parallelBranch:
    "Task '%s' is in a parallel branch of the same FORK_JOIN: nothing makes it finish before this task, so the reference may resolve to null. Read it after the JOIN instead.",
  descendant:
    "Task '%s' is nested inside this task, which resolves its inputs before its children run, so the reference resolves to null.",
};

/** `conductor.unreachableReference`: a warning on the reference name inside the expression. */
export const unreachableReference: Rule = {
  id: 'conductor.unreachableReference',
  kinds: ['workflow'],
  check(context) {
    const model = analyzeWorkflow(context.value);
    for (const use of model.expressions) {
      const root = use.segments[0];
      const target = root && model.scope.byRef.get(root.name);
      if (!root || !target || isMalformed(use)) continue;
      const reach = model.scope.reachability(target, use.task);
      if (reach === 'before' || (reach === 'self' && insideLoop(target))) continue;
      context.report({
        code: this.id,
        severity: 'warning',
        message: formatMessage(MESSAGES[reach], root.name),
        path: use.path,
        target: 'value',
        span: { start: use.bodyStart + root.start, length: root.length },
        data: { reason: reach },
      });
    }
  },
};

/** Whether `entry` is in the body of a DO_WHILE, at any depth. */
function insideLoop(entry: TaskEntry): boolean {
  for (let parent = entry.parent; parent; parent = parent.parent) if (parent.type === 'DO_WHILE') return true;
  return false;
}
