/**
 * The per-type suite's harness: a real engine with every `fixtures/*.workflow.json` registered through
 * `POST /api/metadata/workflow`, and helpers that start a run over HTTP and wait (bounded, on engine events) until
 * it ends or reaches a wanted state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task, Workflow } from '../../../common/src/model';
import { startHarness, until, type Harness } from '../exec/engineHarness';

const FIXTURES = join(__dirname, 'fixtures');

/** Starts an engine and registers every fixture workflow (each must register: a 200, else this throws). */
export async function startSuite(): Promise<Harness> {
  const h = await startHarness();
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.workflow.json'))) {
    const def: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const answer = await h.call('POST', '/api/metadata/workflow', def);
    if (answer.status !== 200) throw new Error(`${file} did not register (${answer.status}): ${answer.text}`);
  }
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
