/**
 * Waiting for a run to reach a state, for the synchronous APIs (reference/conductor.md §3.2 execute, §3.3 signal
 * sync): checks the stored run after every saved change of it (executor `workflow` events) until the condition
 * holds or the time is up. No polling loop.
 */
import { isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import type { Executor } from './executor';
import type { Aggregate, TaskModel } from './model';

/** The task a run is blocked on: a WAIT without deadline or a HUMAN task that is still open. */
export function blockingTask(aggregate: Aggregate): TaskModel | undefined {
  return aggregate.tasks.find(
    (t) =>
      !isTerminalTaskStatus(t.status) &&
      ((t.taskType === 'WAIT' && t.waitTimeout === undefined) || t.taskType === 'HUMAN'),
  );
}

/** §3.2 execute: done when the run ended, is blocked, or one of `refs` finished. */
export function settled(aggregate: Aggregate, refs: readonly string[]): boolean {
  if (isTerminalWorkflowStatus(aggregate.workflow.status) || blockingTask(aggregate)) return true;
  return aggregate.tasks.some((t) => refs.includes(t.referenceTaskName) && isTerminalTaskStatus(t.status));
}

/** Resolves with the run once `done(run)` holds, or with `timedOut: true` after `timeoutMs`. */
export function waitForWorkflow(
  executor: Executor,
  workflowId: string,
  done: (aggregate: Aggregate) => boolean,
  timeoutMs: number,
): Promise<{ aggregate: Aggregate; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const finish = (timedOut: boolean): void => {
      clearTimeout(timer);
      executor.events.off('workflow', onChange);
      executor.events.off('close', onClose);
      try {
        resolve({ aggregate: executor.load(workflowId), timedOut });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const check = (): void => {
      try {
        if (done(executor.load(workflowId))) finish(false);
      } catch {
        // The run vanished (removed): finish now, which reports the 404.
        finish(false);
      }
    };
    const onChange = (id: string): void => {
      if (id === workflowId) check();
    };
    const onClose = (): void => finish(true);
    const timer = setTimeout(() => finish(true), timeoutMs);
    executor.events.on('workflow', onChange);
    executor.events.on('close', onClose);
    check();
  });
}
