import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../engine/src/engine';
import { startHarness, until, type Harness } from './engineHarness';

interface Wf {
  status: string;
  reasonForIncompletion?: string;
  output: Record<string, unknown>;
  input: Record<string, unknown>;
  tasks: { referenceTaskName: string; status: string; reasonForIncompletion?: string }[];
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

async function startInline(
  name: string,
  def: Record<string, unknown>,
  input: Record<string, unknown> = {},
): Promise<string> {
  const res = await h.call('POST', '/api/workflow', { name, input, workflowDef: { name, ...def } });
  assert.equal(res.status, 200, res.text);
  return res.text;
}
const get = async (id: string): Promise<Wf> => (await h.call('GET', `/api/workflow/${id}`)).json as Wf;
const settledAs = (id: string, status: string) =>
  until(h, async () => ((await get(id)).status === status ? true : undefined), 8000);

void describe('sweeper timers (§5.2 step 6)', () => {
  void it('completes a WAIT with a duration once it is due', async () => {
    const id = await startInline('wait_short', {
      tasks: [{ name: 'w', taskReferenceName: 'w', type: 'WAIT', inputParameters: { duration: '1s' } }],
    });
    assert.equal((await get(id)).status, 'RUNNING');
    await settledAs(id, 'COMPLETED');
  });
  void it('re-offers a task whose worker went silent past responseTimeoutSeconds (§5.4)', async () => {
    const taskDef = {
      name: 'silent',
      responseTimeoutSeconds: 1,
      retryCount: 1,
      retryDelaySeconds: 0,
      ownerEmail: 'a@b.c',
    };
    await h.call('POST', '/api/metadata/taskdefs', [taskDef]);
    const id = await startInline('silent_worker', {
      tasks: [{ name: 'silent', taskReferenceName: 's', type: 'SIMPLE' }],
    });
    const first = (await h.call('GET', '/api/tasks/poll/silent')).json as { taskId: string };
    assert.ok(first.taskId);
    const second = (await h.call('GET', '/api/tasks/poll/batch/silent?timeout=4000')).json as {
      taskId: string;
      retryCount: number;
    }[];
    assert.notEqual(second[0]?.taskId, first.taskId);
    assert.equal(second[0]?.retryCount, 1);
    const wf = await get(id);
    assert.equal(wf.tasks[0]?.status, 'TIMED_OUT');
    // §5.4 DeciderService.timeoutTask's exact text.
    const reason = `responseTimeout: 1 exceeded for the taskId: ${first.taskId} with Task Definition: silent`;
    assert.equal(wf.tasks[0]?.reasonForIncompletion, reason);
  });
  void it('times a workflow out with TIME_OUT_WF (§5.4) and cancels its tasks', async () => {
    const id = await startInline('wf_timeout', {
      timeoutSeconds: 1,
      timeoutPolicy: 'TIME_OUT_WF',
      tasks: [{ name: 'never_polled', taskReferenceName: 'a', type: 'SIMPLE' }],
    });
    await settledAs(id, 'TIMED_OUT');
    const wf = await get(id);
    assert.match(wf.reasonForIncompletion ?? '', /^Workflow timed out after \d+ seconds/);
    assert.equal(wf.tasks[0]?.status, 'CANCELED');
  });
  void it("spends totalTimeoutSeconds across attempts with DeciderService's messages (§5.4, §5.3)", async () => {
    const taskDef = {
      name: 'total_budget',
      retryCount: 3,
      retryDelaySeconds: 0,
      timeoutPolicy: 'RETRY',
      totalTimeoutSeconds: 1,
      ownerEmail: 'a@b.c',
    };
    assert.equal((await h.call('POST', '/api/metadata/taskdefs', [taskDef])).status, 200);
    const id = await startInline('total_budget_run', {
      tasks: [{ name: 'total_budget', taskReferenceName: 't', type: 'SIMPLE' }],
    });
    await until(h, async () => ((await get(id)).status === 'RUNNING' ? undefined : true), 8000);
    const wf = (await h.call('GET', `/api/workflow/${id}`)).json as Wf & { tasks: { taskId: string }[] };
    const task = wf.tasks[0];
    assert.equal(wf.status, 'TIMED_OUT');
    assert.equal(wf.tasks.length, 1, 'no attempt after the budget is spent');
    assert.match(
      task?.reasonForIncompletion ?? '',
      new RegExp(
        `^Task total_budget/${task?.taskId ?? ''} exceeded total timeout of 1 seconds \\(elapsed \\d+ seconds ` +
          'across all attempts including retry delays\\)\\. Timeout policy: RETRY$',
      ),
    );
    assert.match(
      wf.reasonForIncompletion ?? '',
      new RegExp(
        `^Task ${task?.taskId ?? ''}/total_budget exceeded total timeout of 1 seconds \\(elapsed \\d+ seconds ` +
          'across all attempts\\)\\. No further retries will be attempted\\.$',
      ),
    );
  });
  void it('starts the failure workflow when the engine fails a run (§5.5), with the failure input', async () => {
    await h.call('POST', '/api/metadata/workflow', {
      name: 'on_failure',
      version: 1,
      tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }],
    });
    const id = await startInline(
      'failing',
      {
        failureWorkflow: 'on_failure',
        tasks: [
          {
            name: 't',
            taskReferenceName: 't',
            type: 'TERMINATE',
            inputParameters: { terminationStatus: 'FAILED', terminationReason: 'bad input' },
          },
        ],
      },
      { k: 1 },
    );
    const wf = await get(id);
    assert.equal(wf.status, 'FAILED');
    const failureId = String(wf.output['conductor.failure_workflow']);
    const failure = await get(failureId);
    assert.equal(failure.status, 'COMPLETED');
    assert.equal(failure.input['workflowId'], id);
    assert.equal(failure.input['reason'], 'bad input');
    assert.equal(failure.input['k'], 1);
  });
});

void describe('restart survival', () => {
  void it('resumes due timers from the store after the engine restarts on the same data dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'engine-restart-'));
    try {
      const first = await createEngine({ dataDir, log: () => undefined });
      const def = {
        name: 'wait_restart',
        tasks: [{ name: 'w', taskReferenceName: 'w', type: 'WAIT', inputParameters: { duration: '1s' } }],
      };
      const res = await fetch(`${first.url}/api/workflow`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'wait_restart', workflowDef: def }),
      });
      const id = await res.text();
      await first.close();
      const second = await createEngine({ dataDir, log: () => undefined });
      try {
        const deadline = Date.now() + 8000;
        let status = '';
        while (status !== 'COMPLETED' && Date.now() < deadline) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 2000);
            second.executor.events.once('workflow', () => {
              clearTimeout(timer);
              resolve();
            });
          });
          status = ((await (await fetch(`${second.url}/api/workflow/${id}`)).json()) as Wf).status;
        }
        assert.equal(status, 'COMPLETED');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
