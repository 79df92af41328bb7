/**
 * The mocks of a test run (`POST /api/workflow/test`, conductor-oss `WorkflowTestRequest`): read from the
 * `<name>.mocks.json` file beside the workflow (`{ "taskRefToMockOutput": { ref: [TaskMock…] },
 * "subWorkflowTestRequest": { ref: … } }`, the request's own fields), or, without one, every task a worker or an
 * outside system would finish completes with an empty output. Operators (SWITCH, DO_WHILE, INLINE, FORK, …) run for
 * real either way. Loop iterations are mocked by their runtime reference (`ref__1`, `ref__2`…, §5.8). Pure.
 */
import type { WorkflowDef } from '../../../../common/src/model';
import { KNOWN_TASK_TYPES } from '../../../../server/src/service/model/knownTaskTypes';
import { isObject } from '../../../../server/src/service/model/jsonValue';
import { walkTasks } from '../../../../server/src/service/model/taskWalker';
import { isIterationRef } from '../../lastRun/lastRunTasks';

/** The mock fields of a test request. */
export interface TestRunMocks {
  readonly taskRefToMockOutput: Record<string, unknown>;
  readonly subWorkflowTestRequest?: Record<string, unknown>;
}

/** Known types a worker or an outside system finishes; unknown types are worker tasks too (§0.2). */
const EXTERNAL_TYPES: ReadonlySet<string> = new Set([
  ...['SIMPLE', 'HTTP', 'EVENT', 'KAFKA_PUBLISH', 'WAIT', 'HUMAN', 'START_WORKFLOW', 'USER_DEFINED'],
]);

/** Whether a test run takes mocks for tasks of `type`: what a worker or an outside system finishes, not operators. */
export function isMockedType(type: string): boolean {
  return !KNOWN_TASK_TYPES.has(type) || EXTERNAL_TYPES.has(type);
}

/** Iterations mocked for a task inside a loop: its condition decides how many run. */
const MOCKED_ITERATIONS = 100;

/** `orders/ship.workflow.json` → `orders/ship.mocks.json`; `flows/ship.json` → `flows/ship.mocks.json`. */
export function mocksPathOf(workflowPath: string): string {
  return workflowPath.replace(/(\.workflow)?\.json$/i, '') + '.mocks.json';
}

/** A completed attempt with an empty output for every external task of `definition`. */
export function defaultMocks(definition: Pick<WorkflowDef, 'tasks'>): TestRunMocks {
  const mocks: Record<string, unknown> = {};
  for (const entry of walkTasks(definition)) {
    if (entry.ref === undefined || !isMockedType(entry.type)) continue;
    const inLoop = entry.chain.some((ancestor) => ancestor.branch === 'loopBody');
    const refs = inLoop ? Array.from({ length: MOCKED_ITERATIONS }, (_, i) => `${entry.ref}__${i + 1}`) : [entry.ref];
    for (const ref of refs) mocks[ref] = [{ status: 'COMPLETED', output: {} }];
  }
  return { taskRefToMockOutput: mocks };
}

/** The mocks a `.mocks.json` text holds; throws an Error saying what is wrong with it. */
export function parseMocks(text: string, fileName: string): TestRunMocks {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${fileName} is not valid JSON (${reason}).`, { cause: error });
  }
  const mocks = isObject(value) ? value['taskRefToMockOutput'] : undefined;
  const children = isObject(value) ? value['subWorkflowTestRequest'] : undefined;
  if (!isObject(mocks) || (children !== undefined && !isObject(children))) {
    throw new Error(
      `${fileName} must be an object with "taskRefToMockOutput": { "<taskReferenceName>": [{ "status": "COMPLETED", "output": {} }] } (and optionally "subWorkflowTestRequest").`,
    );
  }
  return children === undefined
    ? { taskRefToMockOutput: mocks }
    : { taskRefToMockOutput: mocks, subWorkflowTestRequest: children };
}

/** A mocks file to start from: every external task of `definition` once, as `defaultMocks` would mock it. */
export function mocksSkeleton(definition: Pick<WorkflowDef, 'tasks'>): string {
  const once = Object.entries(defaultMocks(definition).taskRefToMockOutput).filter(
    ([ref]) => !isIterationRef(ref) || ref.endsWith('__1'),
  );
  return `${JSON.stringify({ taskRefToMockOutput: Object.fromEntries(once) }, null, 2)}\n`;
}
