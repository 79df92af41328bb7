import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Workflow, WorkflowDef, WorkflowTask } from '../../../common/src/model';
import { startEngine, until, type EventsHarness } from './eventsHarness';

let h: EventsHarness;
before(async () => {
  h = await startEngine();
});
after(() => h.close());

/** Runs a one-EVENT-task workflow (inline definition) until it leaves RUNNING. */
async function runEvent(event: Partial<WorkflowTask>): Promise<Workflow> {
  const task = { name: 'emit', taskReferenceName: 'emit', type: 'EVENT', ...event } as WorkflowTask;
  const def: WorkflowDef = { name: 'emitter', version: 1, tasks: [task], schemaVersion: 2 };
  const started = await h.call('POST', '/api/workflow', { name: 'emitter', workflowDef: def, input: { n: 7 } });
  assert.equal(started.status, 200, started.text);
  return until(h, async () => {
    const wf = (await h.call('GET', `/api/workflow/${started.text}`)).json as Workflow;
    return wf.status !== 'RUNNING' ? wf : undefined;
  });
}

void describe('EVENT task (§1.11 Event / EventTaskMapper)', () => {
  void it('publishes to conductor:<workflow>:<taskRef> and completes with the message as output', async () => {
    const wf = await runEvent({ sink: 'conductor', inputParameters: { n: '${workflow.input.n}' } });
    assert.equal(wf.status, 'COMPLETED');
    const task = wf.tasks?.[0];
    assert.equal(task?.status, 'COMPLETED');
    assert.deepEqual(task?.inputData, { n: 7, sink: 'conductor', asyncComplete: false });
    assert.deepEqual(task?.outputData, {
      n: 7,
      sink: 'conductor',
      asyncComplete: false,
      workflowInstanceId: wf.workflowId,
      workflowType: 'emitter',
      workflowVersion: 1,
      taskToDomain: {},
      event_produced: 'conductor:emitter:emit',
    });
  });

  void it('names the queue conductor:<workflow>:<queue> for the sink conductor:<queue>', async () => {
    const wf = await runEvent({ sink: 'conductor:orders' });
    assert.equal(wf.tasks?.[0]?.outputData?.['event_produced'], 'conductor:emitter:orders');
  });

  void it('fails with Conductor reasons for a broker the engine does not have and for a bad conductor sink', async () => {
    const sqs = await runEvent({ sink: 'sqs:orders' });
    assert.equal(sqs.status, 'FAILED');
    const task = sqs.tasks?.[0];
    assert.equal(task?.status, 'FAILED');
    assert.match(
      task?.reasonForIncompletion ?? '',
      /^Error loading queue:sqs:orders, for task:.+, error: Unknown queue type sqs/,
    );
    assert.match(task?.reasonForIncompletion ?? '', /no sqs broker/);
    const odd = await runEvent({ sink: 'conductorish' });
    assert.equal(odd.tasks?.[0]?.reasonForIncompletion, 'Invalid / Unsupported sink specified: conductorish');
    const bare = await runEvent({ sink: 'plain' });
    assert.match(bare.tasks?.[0]?.reasonForIncompletion ?? '', /error: Illegal event plain$/);
  });

  void it('stays IN_PROGRESS with asyncComplete until /api/queue/update completes it (§3.4)', async () => {
    const running = await until(h, async () => {
      const task = { name: 'emit', taskReferenceName: 'emit', type: 'EVENT', sink: 'conductor', asyncComplete: true };
      const def: WorkflowDef = { name: 'emitter_async', version: 1, tasks: [task], schemaVersion: 2 };
      const id = (await h.call('POST', '/api/workflow', { name: 'emitter_async', workflowDef: def })).text;
      return (await h.call('GET', `/api/workflow/${id}`)).json as Workflow;
    });
    assert.equal(running.tasks?.[0]?.status, 'IN_PROGRESS');
    const posted = await h.call('POST', `/api/queue/update/${running.workflowId}/emit/COMPLETED`, { ack: true });
    assert.equal(posted.status, 200);
    const done = await until(h, async () => {
      const wf = (await h.call('GET', `/api/workflow/${running.workflowId}`)).json as Workflow;
      return wf.status === 'COMPLETED' ? wf : undefined;
    });
    assert.equal(done.tasks?.[0]?.outputData?.['ack'], true);
    assert.equal(done.tasks?.[0]?.outputData?.['event_produced'], 'conductor:emitter_async:emit');
  });
});
