/**
 * FORK_JOIN and FORK_JOIN_DYNAMIC must be followed by a JOIN in the same task list: Conductor checks it only when
 * the fork runs and then fails the workflow (§2.5, §5.7). A FORK_JOIN's JOIN waits for the refs in joinOn, which
 * must be tasks of that fork's branches; a dynamic fork's JOIN ignores joinOn.
 */
import { arrayProp, isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import { ancestorAt, descendantsOf } from '../model/taskWalker';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { WorkflowModel } from '../model/workflowModel';
import type { Rule, RuleContext } from '../types';
import { formatMessage } from './messageFormat';

/** Conductor's runtime messages (§2.5). */
const FORK_NOT_FOLLOWED = 'Fork task definition is not followed by a join task.  Check the blueprint';
const DYNAMIC_NOT_FOLLOWED = 'Dynamic join definition is not followed by a join task.  Check the workflow definition.';
const UNKNOWN_JOIN_ON = "joinOn '%s' is not a task reference of this workflow: the JOIN would wait for it forever.";
const NOT_IN_FORK =
  "joinOn '%s' is not a task in the branches of FORK_JOIN '%s' before this JOIN: a JOIN waits for tasks of its fork.";
const DONE_BEFORE_FORK =
  "joinOn '%s' is not a task in the branches of FORK_JOIN '%s': it runs before the fork, so the JOIN finds it done and does not wait for it.";
const BRANCH_NOT_JOINED =
  "Branch forkTasks[%d] of FORK_JOIN '%s' has no task in the JOIN's joinOn: the JOIN does not wait for it, and the workflow continues while it runs.";
const DYNAMIC_JOIN_ON =
  'After FORK_JOIN_DYNAMIC, Conductor ignores joinOn: the JOIN waits for the last task of every forked branch.';

/** `conductor.forkJoin`: fork/join pairing, joinOn references and unjoined branches. */
export const forkJoin: Rule = {
  id: 'conductor.forkJoin',
  kinds: ['workflow'],
  check(context) {
    const model = analyzeWorkflow(context.value);
    for (const fork of model.tasks) {
      if (fork.type !== 'FORK_JOIN' && fork.type !== 'FORK_JOIN_DYNAMIC') continue;
      const next = fork.list[fork.index + 1];
      const code = this.id;
      if (!isObject(next) || next.type !== 'JOIN') {
        const message = fork.type === 'FORK_JOIN' ? FORK_NOT_FOLLOWED : DYNAMIC_NOT_FOLLOWED;
        context.report({ code, severity: 'error', message, path: [...fork.path, 'type'], target: 'value' });
      } else if (fork.type === 'FORK_JOIN') {
        checkJoinOn(code, context, model, fork, next);
      } else if ((arrayProp(next, 'joinOn') ?? []).length > 0) {
        const path = [...fork.path.slice(0, -1), fork.index + 1, 'joinOn'];
        context.report({
          code,
          severity: 'hint',
          message: DYNAMIC_JOIN_ON,
          path,
          target: 'key',
          tags: ['unnecessary'],
        });
      }
    }
  },
};

function checkJoinOn(
  code: string,
  context: RuleContext,
  model: WorkflowModel,
  fork: TaskEntry,
  join: JsonObject,
): void {
  const joinPath = [...fork.path.slice(0, -1), fork.index + 1];
  const joinOn = arrayProp(join, 'joinOn') ?? [];
  const branches = branchesByRef(model, fork, joinOn);
  const joined = new Set<number>();
  let broken = false;
  joinOn.forEach((ref, i) => {
    if (typeof ref !== 'string') return;
    const found = branches.get(ref);
    if (found) {
      for (const branch of found) joined.add(branch);
      return;
    }
    broken = true;
    const target = model.scope.byRef.get(ref);
    const path = [...joinPath, 'joinOn', i];
    // Join.java waits only for a joinOn task that is not there yet or not done (§5.7): one that ran before the fork
    // never holds the JOIN, one that comes later (or never) holds it forever.
    if (target && model.scope.reachability(target, fork) === 'before') {
      const message = formatMessage(DONE_BEFORE_FORK, ref, fork.ref ?? '');
      return context.report({ code, severity: 'warning', message, path, target: 'value' });
    }
    const message = target ? formatMessage(NOT_IN_FORK, ref, fork.ref ?? '') : formatMessage(UNKNOWN_JOIN_ON, ref);
    context.report({ code, severity: 'error', message, path, target: 'value' });
  });
  // A wrong joinOn entry is already reported; the branch it meant to join would only repeat that.
  if (broken) return;
  (arrayProp(fork.task, 'forkTasks') ?? []).forEach((branch, i) => {
    if (!Array.isArray(branch) || branch.length === 0 || joined.has(i)) return;
    context.report({
      code,
      severity: 'hint',
      message: formatMessage(BRANCH_NOT_JOINED, i, fork.ref ?? ''),
      path: [...fork.path, 'forkTasks', i],
      target: 'value',
    });
  });
}

/**
 * For each `wanted` reference inside the fork, the branch indexes holding it (several when a reference is
 * duplicated). Only the joinOn names are collected: a fork holds many more tasks than it joins.
 */
function branchesByRef(model: WorkflowModel, fork: TaskEntry, wanted: readonly unknown[]): Map<string, number[]> {
  const branches = new Map<string, number[]>();
  for (const inner of descendantsOf(model.tasks, fork)) {
    if (inner.ref === undefined || !wanted.includes(inner.ref)) continue;
    const top = ancestorAt(inner, fork.depth + 1);
    if (!top) continue;
    const found = branches.get(inner.ref);
    if (found) found.push(Number(top.branchKey));
    else branches.set(inner.ref, [Number(top.branchKey)]);
  }
  return branches;
}
