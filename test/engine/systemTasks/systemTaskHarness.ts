/**
 * The per-type suite's harness: a real engine with every `fixtures/*.taskdef.json` and `*.workflow.json`
 * registered through the metadata API, and helpers that start a run over HTTP and wait (bounded, on engine events) until
 * it ends or reaches a wanted state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task, Workflow } from '../../../common/src/model';
import { startHarness, until, type Harness } from '../exec/engineHarness';

const FIXTURES = join(__dirname, 'fixtures');

/** Registers every fixture of one kind through `path`; each must be accepted, else this throws. */
async function registerAll(h: Harness, suffix: string, path: string): Promise<void> {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(suffix))) {
    const body: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const answer = await h.call('POST', path, body);
    if (answer.status !== 200) throw new Error(`${file} did not register (${answer.status}): ${answer.text}`);
  }
}

/** Starts an engine and registers the fixture task definitions (arrays), then the workflows. */
export async function startSuite(): Promise<Harness> {
  const h = await startHarness();
  await registerAll(h, '.taskdef.json', '/api/metadata/taskdefs');
  await registerAll(h, '.workflow.json', '/api/metadata/workflow');
  return h;
}

/** Starts `name` with `input`; returns the run id. */
export async function start(h: Harness, name: string, input: Record<string, unknown> = {}): Promise<string> {
  const answer = await h.call('POST', '/api/workflow', { name, input });
  if (answer.status !== 200) throw new Error(`start ${name} answered ${answer.status}: ${answer.text}`);
  return answer.text;
}

/** The run with its tasks. */
export async function load(h: Harness, id: string): Promise<Workflow> {
  return (await h.call('GET', `/api/workflow/${id}`)).json as Workflow;
}

/** Waits until the run satisfies `ready` (default: it is no longer RUNNING), at most `timeoutMs`. */
export async function settle(
  h: Harness,
  id: string,
  ready: (run: Workflow) => boolean = (run) => run.status !== 'RUNNING',
  timeoutMs = 5000,
): Promise<Workflow> {
  return until(
    h,
    async () => {
      const run = await load(h, id);
      return ready(run) ? run : undefined;
    },
    timeoutMs,
  );
}

/** Starts `name` and waits until it ends. */
export async function runToEnd(h: Harness, name: string, input: Record<string, unknown> = {}): Promise<Workflow> {
  return settle(h, await start(h, name, input));
}

/** The task of `run` with reference `ref` (the latest attempt); throws when there is none. */
export function taskOf(run: Workflow, ref: string): Task {
  const task = (run.tasks ?? []).filter((t) => t.referenceTaskName === ref).pop();
  if (!task) throw new Error(`No task ${ref} in ${(run.tasks ?? []).map((t) => t.referenceTaskName).join(', ')}`);
  return task;
}

/** The reference names of `run`'s tasks, in order. */
export function refsOf(run: Workflow): string[] {
  return (run.tasks ?? []).map((t) => t.referenceTaskName ?? '');
}

/** Acts as a worker over HTTP: polls one `taskType` task (waiting for it, bounded) and reports `status`/`output`. */
export async function work(
  h: Harness,
  taskType: string,
  status: 'COMPLETED' | 'FAILED',
  outputData: Record<string, unknown> = {},
): Promise<Task> {
  const task = await until(h, async () => {
    const answer = await h.call('GET', `/api/tasks/poll/${taskType}?workerid=suite`);
    return answer.status === 200 ? (answer.json as Task) : undefined;
  });
  const result = { workflowInstanceId: task.workflowInstanceId, taskId: task.taskId, status, outputData };
  const reason = status === 'FAILED' ? { reasonForIncompletion: `${taskType} could not finish` } : {};
  const answer = await h.call('POST', '/api/tasks', { ...result, ...reason });
  if (answer.status !== 200) throw new Error(`update of ${taskType} answered ${answer.status}: ${answer.text}`);
  return task;
}
