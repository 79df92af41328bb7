/**
 * Durability: the engine runs as a child process on a data directory while workers complete tasks over HTTP; it
 * is SIGKILLed at random moments and restarted on the same data. Every workflow must still complete with the
 * right output, and each task reference completed exactly once in the engine (workers may execute a task more
 * than once: delivery is at-least-once, and a lost update times out and is retried, reference/conductor.md §5.4).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Task, Workflow } from '../../common/src/model';
import { Progress, runWorker, STEP } from './platform/durabilityWorker';
import type { EngineLocator } from './platform/durabilityWorker';
import { startEngineProcess } from './platform/engineProcess';
import type { EngineProcess } from './platform/engineProcess';
import { tempDir } from './platform/platformServer';

const WORKFLOWS = 60;
const KILLS = 3;
const TYPES = Object.keys(STEP);

const temp = tempDir();
let engine: EngineProcess;
let current: Promise<string>;
const locator: EngineLocator = { url: () => current };

/** A small deterministic generator, so a failing run can be replayed from the printed seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const response = await fetch(`${await locator.url()}${path}`, init);
  assert.ok(response.status < 300, `${method} ${path} answered ${response.status}: ${await response.clone().text()}`);
  return response;
}

async function register(): Promise<void> {
  const taskDefs = TYPES.map((name) => ({ name, retryCount: 5, retryDelaySeconds: 0, responseTimeoutSeconds: 2 }));
  await api('POST', '/api/metadata/taskdefs', taskDefs);
  const tasks = TYPES.map((name, i) => ({
    name,
    taskReferenceName: `step${i}`,
    inputParameters: { v: i === 0 ? '${workflow.input.n}' : `\${step${i - 1}.output.v}` },
  }));
  await api('POST', '/api/metadata/workflow', {
    name: 'durable',
    tasks,
    outputParameters: { result: `\${step${TYPES.length - 1}.output.v}` },
  });
}

/** Resolves when every workflow is terminal, polling the API; rejects after `timeoutMs`. */
async function allTerminal(ids: readonly string[], timeoutMs: number): Promise<Workflow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const workflows = await Promise.all(
      ids.map(async (id) => (await (await api('GET', `/api/workflow/${id}?includeTasks=true`)).json()) as Workflow),
    );
    if (workflows.every((w) => w.status !== 'RUNNING')) return workflows;
    if (Date.now() > deadline) {
      const running = workflows.filter((w) => w.status === 'RUNNING').map((w) => w.workflowId);
      throw new Error(
        `${running.length} workflows still RUNNING after ${timeoutMs} ms: ${running.slice(0, 5).join(', ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

before(async () => {
  engine = await startEngineProcess(temp.dir);
  current = Promise.resolve(engine.url);
});

after(async () => {
  await engine.kill();
  temp.remove();
});

void describe('durability across SIGKILL', () => {
  void it(
    `completes ${WORKFLOWS} workflows exactly once through ${KILLS} SIGKILLs`,
    { timeout: 180_000 },
    async (t) => {
      const seed = Date.now();
      t.diagnostic(`seed ${seed}`);
      const next = random(seed);
      await register();
      const ids: string[] = [];
      for (let n = 0; n < WORKFLOWS; n++) {
        ids.push(await (await api('POST', '/api/workflow/durable', { n })).text());
      }
      const progress = new Progress();
      let stopped = false;
      const workers = [0, 1, 2].map(() => runWorker(locator, () => stopped, progress));
      for (let kill = 0; kill < KILLS; kill++) {
        // Let the workers make progress, then kill at a random moment of their activity.
        await progress.reached(progress.executions.size + 5 + Math.floor(next() * 40), 10_000);
        let restarted!: (url: string) => void;
        current = new Promise((resolve) => (restarted = resolve));
        await engine.kill();
        engine = await startEngineProcess(temp.dir);
        restarted(engine.url);
      }
      const workflows = await allTerminal(ids, 90_000);
      stopped = true;
      await Promise.all(workers);

      for (const workflow of workflows) {
        const n = (workflow.input as { n: number }).n;
        assert.equal(workflow.status, 'COMPLETED', `${workflow.workflowId}: ${workflow.reasonForIncompletion ?? ''}`);
        assert.deepEqual(workflow.output, { result: (n + 1) * 2 + 3 }, workflow.workflowId);
        const tasks = workflow.tasks ?? [];
        for (const ref of TYPES.map((_, i) => `step${i}`)) {
          const completed = tasks.filter((task: Task) => task.referenceTaskName === ref && task.status === 'COMPLETED');
          assert.equal(completed.length, 1, `${workflow.workflowId} ${ref} completed ${completed.length} times`);
        }
      }
      const distinct = new Set(ids);
      assert.equal(distinct.size, WORKFLOWS);
      const executed = [...progress.executions.values()].reduce((a, b) => a + b, 0);
      t.diagnostic(`worker executions: ${executed} for ${progress.executions.size} task ids`);
    },
  );
});
