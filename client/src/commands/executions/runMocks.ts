/**
 * A past execution turned into test-run mocks (testRunMocks): each worker-side task's attempts in order, with the
 * status and output they really had, and the same for each SUB_WORKFLOW's child run, so a test run replays the
 * execution without workers (§3.2 `POST /api/workflow/test`). Attempts that had not finished are left out: the replay
 * stops there, as the execution had. Pure but for reading child runs through `readRun`.
 */
import type { Workflow } from '../../../../common/src/model';
import { orderedTasks } from '../../views/executions/executionRows';
import { isMockedType, type TestRunMocks } from '../start/testRunMocks';

/** How a finished attempt is mocked; statuses a mock cannot have end as FAILED (a timeout, an optional failure). */
const MOCK_STATUS: Readonly<Partial<Record<string, string>>> = {
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  FAILED_WITH_TERMINAL_ERROR: 'FAILED_WITH_TERMINAL_ERROR',
  TIMED_OUT: 'FAILED',
  COMPLETED_WITH_ERRORS: 'FAILED',
};

/** Child runs deeper than this are not replayed: their SUB_WORKFLOW then waits in the test run. */
const MAX_DEPTH = 5;

/** The mocks that replay `workflow`; `readRun` reads a child execution with its tasks. */
export async function mocksFromRun(
  workflow: Workflow,
  readRun: (workflowId: string) => Promise<Workflow>,
  depth = 0,
): Promise<TestRunMocks> {
  const tasks = orderedTasks(workflow);
  const mocks: Record<string, unknown[]> = {};
  const children: Record<string, unknown> = {};
  for (const task of tasks) {
    const status = MOCK_STATUS[task.status];
    if (status && isMockedType(task.taskType)) {
      (mocks[task.referenceTaskName] ??= []).push({ status, output: task.outputData ?? {} });
    }
    if (task.taskType === 'SUB_WORKFLOW' && task.subWorkflowId && depth < MAX_DEPTH) {
      children[task.referenceTaskName] = await mocksFromRun(await readRun(task.subWorkflowId), readRun, depth + 1);
    }
  }
  const result = { taskRefToMockOutput: mocks };
  return Object.keys(children).length > 0 ? { ...result, subWorkflowTestRequest: children } : result;
}
