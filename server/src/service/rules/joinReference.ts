/**
 * References in a JOIN that does not follow a fork, and in EXCLUSIVE_JOIN `joinOn` / `defaultExclusiveJoinTask`:
 * each must name a task of this workflow, otherwise the join waits for a task that never exists (§1.11, §5.7).
 * A JOIN right after a fork is checked against that fork's branches by `forkJoin`.
 */
import { suggest } from '../didYouMean';
import { arrayProp, isObject } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule, RuleContext } from '../types';
import { formatMessage, withSuggestion } from './messageFormat';

const UNKNOWN = "%s '%s' is not a task reference of this workflow: the %s would wait for it forever.";
const FORKS: ReadonlySet<string> = new Set(['FORK_JOIN', 'FORK_JOIN_DYNAMIC']);

/** `conductor.joinReference`: an error on each unknown reference, with a suggestion. */
export const joinReference: Rule = {
  id: 'conductor.joinReference',
  kinds: ['workflow'],
  check(context) {
    const model = analyzeWorkflow(context.value);
    const refs = model.scope.byRef;
    for (const entry of model.tasks) {
      if (entry.type !== 'JOIN' && entry.type !== 'EXCLUSIVE_JOIN') continue;
      const previous = entry.list[entry.index - 1];
      const afterFork = isObject(previous) && typeof previous.type === 'string' && FORKS.has(previous.type);
      if (entry.type === 'JOIN' && !afterFork) checkList(this.id, context, entry, 'joinOn', refs);
      if (entry.type === 'EXCLUSIVE_JOIN') {
        checkList(this.id, context, entry, 'joinOn', refs);
        checkList(this.id, context, entry, 'defaultExclusiveJoinTask', refs);
      }
    }
  },
};

function checkList(
  code: string,
  context: RuleContext,
  entry: TaskEntry,
  field: string,
  refs: ReadonlyMap<string, TaskEntry>,
): void {
  arrayProp(entry.task, field)?.forEach((ref, i) => {
    if (typeof ref !== 'string' || refs.has(ref)) return;
    const suggestion = suggest(ref, [...refs.keys()]);
    context.report({
      code,
      severity: 'error',
      message: withSuggestion(formatMessage(UNKNOWN, field, ref, entry.type), suggestion),
      path: [...entry.path, field, i],
      target: 'value',
      ...(suggestion === undefined ? {} : { data: { suggestion } }),
    });
  });
}
