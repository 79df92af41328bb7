/**
 * Test runs (`POST /api/workflow/test`, conductor-oss WorkflowTestService): the workflow really starts — system
 * tasks and operators run as usual — under a fresh `*` domain no worker polls, and each open task is completed by the
 * next of its reference's mocks. The run stops, in whatever state it reached, as soon as a task that is not an
 * operator has no mocks (a worker task, a WAIT, a HUMAN, an HTTP call without a mock), when the run ends, or when a
 * round changes nothing (a sub-workflow without mocks waiting on a worker); so it never hangs.
 */
import { randomUUID } from 'node:crypto';
import type { StartWorkflowRequest } from '../../../common/src/model';
import { isTerminalTaskStatus, isTerminalWorkflowStatus } from '../../../common/src/status';
import type { Executor } from '../execution/executor';
import type { TaskModel } from '../execution/model';
import { startWorkflow } from '../execution/starter';
import { applyMock } from './applyMock';
import type { TestPlan } from './testRequest';

/** The types conductor-oss's test service decides instead of mocking (their mocks are dropped). */
const OPERATORS: ReadonlySet<string> = new Set([
  'JOIN',
  'DO_WHILE',
  'SET_VARIABLE',
  'FORK',
  'INLINE',
  'TERMINATE',
  'DECISION',
  'DYNAMIC',
  'FORK_JOIN',
  'FORK_JOIN_DYNAMIC',
  'SWITCH',
  'SUB_WORKFLOW',
]);

/** conductor-oss's bound on rounds; the no-progress check below normally stops far earlier. */
const MAX_ROUNDS = 20_000;

/** Starts `request` as a test run, drives it with `plan` and returns the run's id. */
export function runWorkflowTest(executor: Executor, request: StartWorkflowRequest, plan: TestPlan): string {
  // The random domain keeps real workers from polling the test run's tasks, as in Conductor.
  const taskToDomain = { ...(request.taskToDomain ?? {}), '*': randomUUID() };
  const workflowId = startWorkflow(executor, { ...request, taskToDomain });
  drive(executor, workflowId, plan);
  return workflowId;
}

/** A cheap picture of a run's progress: its status and every task's id and status. */
function snapshot(executor: Executor, workflowId: string): { open: TaskModel[]; done: boolean; key: string } {
  const { workflow, tasks } = executor.load(workflowId);
  const key = `${workflow.status}|${tasks.map((t) => `${t.taskId}:${t.status}`).join(',')}`;
  const open = tasks.filter((t) => !isTerminalTaskStatus(t.status));
  return { open, done: isTerminalWorkflowStatus(workflow.status), key };
}

function drive(executor: Executor, workflowId: string, plan: TestPlan): void {
  const { mocks } = plan;
  // Nothing runs between two rounds, so one round's closing snapshot is the next one's opening snapshot.
  let before = snapshot(executor, workflowId);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (before.done) return;
    if (before.open.some((t) => !OPERATORS.has(t.taskType) && !mocks.has(t.referenceTaskName))) return;
    let consumed = false;
    for (const task of before.open) consumed = step(executor, workflowId, task, plan) || consumed;
    if (mocks.size === 0) return;
    const after = snapshot(executor, workflowId);
    if (!consumed && after.key === before.key) return;
    before = after;
  }
}

/**
 * One open task: drive its mocked child run, then apply its next mock, or decide when it has none (and forget its
 * reference, so the next round stops at it). Returns whether a mock was used.
 */
function step(executor: Executor, workflowId: string, task: TaskModel, plan: TestPlan): boolean {
  const ref = task.referenceTaskName;
  const child = plan.subWorkflows.get(ref);
  if (task.taskType === 'SUB_WORKFLOW' && task.subWorkflowId && child) drive(executor, task.subWorkflowId, child);
  const next = plan.mocks.get(ref);
  const mock = OPERATORS.has(task.taskType) ? undefined : next?.shift();
  if (mock) {
    applyMock(executor, task, mock);
    return true;
  }
  plan.mocks.delete(ref);
  executor.decide(workflowId);
  return false;
}
