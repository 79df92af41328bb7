/**
 * The body of `POST /api/workflow/test` (conductor-oss `WorkflowTestRequest`): a StartWorkflowRequest plus mocked
 * task results per task reference and nested requests per SUB_WORKFLOW reference. Mocks are checked before anything
 * starts, so a malformed one is a 400 that names it instead of a half-run test.
 */
import type { TaskResultStatus } from '../../../common/src/model';
import { isObject } from '../expressions/jsonPath';
import { BadRequestError } from '../http';

/** One mocked attempt of a task (`WorkflowTestRequest.TaskMock`; `status` defaults to COMPLETED). */
export interface TaskMock {
  status: TaskResultStatus;
  output: Record<string, unknown>;
  /** Milliseconds the attempt ran: its startTime is back-dated by this much (simulates timeouts). */
  executionTime: number;
  /** Milliseconds the attempt waited in its queue before that: its scheduledTime is back-dated further. */
  queueWaitTime: number;
}

/** The mocks of one run: successive attempts per task reference, nested plans per SUB_WORKFLOW reference. */
export interface TestPlan {
  mocks: Map<string, TaskMock[]>;
  subWorkflows: Map<string, TestPlan>;
}

const MOCK_STATUSES: ReadonlySet<string> = new Set([
  'IN_PROGRESS',
  'FAILED',
  'FAILED_WITH_TERMINAL_ERROR',
  'COMPLETED',
]);

function duration(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new BadRequestError(`${path} must be a number of milliseconds (0 or more).`);
}

function mockOf(value: unknown, path: string): TaskMock {
  if (!isObject(value)) throw new BadRequestError(`${path} must be a TaskMock object: {status, output}.`);
  const status = value['status'] ?? 'COMPLETED';
  if (typeof status !== 'string' || !MOCK_STATUSES.has(status)) {
    throw new BadRequestError(
      `${path}.status ${JSON.stringify(status)} is not a task result status: use ${[...MOCK_STATUSES].join(', ')}.`,
    );
  }
  const output = value['output'] ?? {};
  if (!isObject(output)) throw new BadRequestError(`${path}.output must be a JSON object.`);
  return {
    status: status as TaskResultStatus,
    output,
    executionTime: duration(value['executionTime'], `${path}.executionTime`),
    queueWaitTime: duration(value['queueWaitTime'], `${path}.queueWaitTime`),
  };
}

/** Reads the mock and sub-workflow maps of `body`; `path` prefixes the names in error messages. */
export function planOf(body: Record<string, unknown>, path = ''): TestPlan {
  const plan: TestPlan = { mocks: new Map(), subWorkflows: new Map() };
  const mocks = body['taskRefToMockOutput'] ?? {};
  if (!isObject(mocks)) throw new BadRequestError(`${path}taskRefToMockOutput must map task references to mock lists.`);
  for (const [ref, list] of Object.entries(mocks)) {
    const where = `${path}taskRefToMockOutput.${ref}`;
    if (!Array.isArray(list)) throw new BadRequestError(`${where} must be a list of TaskMock (one per attempt).`);
    plan.mocks.set(
      ref,
      list.map((mock, i) => mockOf(mock, `${where}[${i}]`)),
    );
  }
  const subs = body['subWorkflowTestRequest'] ?? {};
  if (!isObject(subs)) throw new BadRequestError(`${path}subWorkflowTestRequest must map task references to requests.`);
  for (const [ref, sub] of Object.entries(subs)) {
    const where = `${path}subWorkflowTestRequest.${ref}`;
    if (!isObject(sub)) throw new BadRequestError(`${where} must be a WorkflowTestRequest object.`);
    plan.subWorkflows.set(ref, planOf(sub, `${where}.`));
  }
  return plan;
}
