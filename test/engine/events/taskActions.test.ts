import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EventHandler, Workflow, WorkflowDef } from '../../../common/src/model';
import { fixture, startEngine, until, type EventsHarness } from './eventsHarness';

let h: EventsHarness;
before(async () => {
  h = await startEngine();
  assert.equal(
    (await h.call('POST', '/api/metadata/workflow', fixture<WorkflowDef>('approval.workflow.json'))).status,
    200,
  );
});
after(() => h.close());

async function startApproval(): Promise<string> {
  const id = (await h.call('POST', '/api/workflow', { name: 'approval', input: {} })).text;
  await until(h, async () => ((await workflow(id)).tasks?.[0]?.status === 'IN_PROGRESS' ? true : undefined));
  return id;
}

async function workflow(id: string): Promise<Workflow> {
  return (await h.call('GET', `/api/workflow/${id}`)).json as Workflow;
}

async function ended(id: string): Promise<Workflow> {
  return until(h, async () => {
    const wf = await workflow(id);
    return wf.status === 'RUNNING' ? undefined : wf;
  });
}

async function publish(event: string, payload: unknown): Promise<void> {
  const answer = await h.call('POST', `/api/queue/publish/${encodeURIComponent(event)}`, payload);
  assert.equal(answer.status, 200, answer.text);
  assert.match(answer.text, /^[0-9a-f-]{36}$/);
}

void describe('complete_task and fail_task actions (§1.9 SimpleActionProcessor)', () => {
  void it('completes a waiting task by workflowId and taskRefName with the resolved output', async () => {
    const handler: EventHandler = {
      name: 'approver',
      event: 'conductor:approvals:decisions',
      active: true,
      actions: [
        {
          action: 'complete_task',
          complete_task: { workflowId: '${wf}', taskRefName: 'approve', output: { approvedBy: '${user.name}' } },
        },
      ],
    };
    assert.equal((await h.call('POST', '/api/event', handler)).status, 200);
    const id = await startApproval();
    await publish('conductor:approvals:decisions', { wf: id, user: { name: 'ana' } });
    const wf = await ended(id);
    assert.equal(wf.status, 'COMPLETED');
    const output = wf.tasks?.[0]?.outputData ?? {};
    assert.equal(output['approvedBy'], 'ana');
    assert.equal(output['workflowId'], id);
    assert.equal(output['taskRefName'], 'approve');
    assert.equal(output['conductor.event.name'], 'conductor:approvals:decisions');
  });

  void it('fails a task by taskId with the reason, expanding inline JSON when asked', async () => {
    const handler: EventHandler = {
      name: 'rejecter',
      event: 'conductor:approvals:rejections',
      active: true,
      condition: '$.body.verdict == "no"',
      actions: [
        {
          action: 'fail_task',
          expandInlineJSON: true,
          fail_task: {
            taskId: '${body.taskId}',
            reasonForIncompletion: '${body.why}',
            output: { verdict: '${body.verdict}' },
          },
        },
      ],
    };
    assert.equal((await h.call('POST', '/api/event', handler)).status, 200);
    const id = await startApproval();
    const taskId = (await workflow(id)).tasks?.[0]?.taskId;
    await publish('conductor:approvals:rejections', {
      body: JSON.stringify({ taskId, why: 'too pricey', verdict: 'no' }),
    });
    const wf = await ended(id);
    assert.equal(wf.status, 'FAILED');
    assert.equal(wf.tasks?.[0]?.status, 'FAILED');
    assert.equal(wf.tasks?.[0]?.reasonForIncompletion, 'too pricey');
    assert.equal(wf.tasks?.[0]?.outputData?.['verdict'], 'no');
  });
});

void describe('/api/queue (§3.4 QueueAdminResource)', () => {
  void it('names the default queues and their sizes', async () => {
    const names = (await h.call('GET', '/api/queue/')).json as Record<string, string>;
    assert.deepEqual(Object.keys(names).sort(), ['COMPLETED', 'FAILED']);
    const sizes = (await h.call('GET', '/api/queue/size')).json as Record<string, number>;
    assert.deepEqual(Object.keys(sizes).sort(), Object.values(names).sort());
  });

  void it('completes a WAIT task by reference name, merging the posted output and externalId', async () => {
    const id = await startApproval();
    assert.equal((await h.call('POST', `/api/queue/update/${id}/approve/COMPLETED`, { ok: 1 })).status, 200);
    const wf = await ended(id);
    assert.equal(wf.status, 'COMPLETED');
    assert.equal(wf.tasks?.[0]?.outputData?.['ok'], 1);
    assert.deepEqual(JSON.parse(String(wf.tasks?.[0]?.outputData?.['externalId'])), {
      workflowId: id,
      taskRefName: 'approve',
    });
  });

  void it('completes a task whose reference ends in __<digits> outside a loop by its full name (§4.1)', async () => {
    const wait = { name: 'hold', taskReferenceName: 'hold__1', type: 'WAIT', inputParameters: {} };
    const body = { name: 'suffixed_ref', workflowDef: { name: 'suffixed_ref', tasks: [wait] }, input: {} };
    const id = (await h.call('POST', '/api/workflow', body)).text;
    await until(h, async () => ((await workflow(id)).tasks?.[0]?.status === 'IN_PROGRESS' ? true : undefined));
    assert.equal((await h.call('POST', `/api/queue/update/${id}/hold__1/COMPLETED`, {})).status, 200);
    assert.equal((await ended(id)).status, 'COMPLETED');
  });

  void it('fails a task by id', async () => {
    const id = await startApproval();
    const taskId = (await workflow(id)).tasks?.[0]?.taskId ?? '';
    assert.equal((await h.call('POST', `/api/queue/update/${id}/task/${taskId}/FAILED`, {})).status, 200);
    assert.equal((await ended(id)).status, 'FAILED');
  });

  void it('rejects statuses without a queue, bad bodies and non-conductor publishes with 400', async () => {
    const scheduled = await h.call('POST', '/api/queue/update/x/approve/SCHEDULED', {});
    assert.equal(scheduled.status, 400);
    assert.match(scheduled.text, /There is no queue for handling SCHEDULED status/);
    assert.equal((await h.call('POST', '/api/queue/update/x/approve/DONE', {})).status, 400);
    assert.equal((await h.call('POST', '/api/queue/update/x/approve/COMPLETED', [1])).status, 400);
    const sqs = await h.call('POST', '/api/queue/publish/sqs:q', {});
    assert.equal(sqs.status, 400);
    assert.match(sqs.text, /only has conductor queues/);
  });

  void it('accepts an update for an unknown workflow (asynchronous, as Conductor) and logs why nothing changed', async () => {
    assert.equal((await h.call('POST', '/api/queue/update/nope/approve/COMPLETED', {})).status, 200);
    await until(h, () => Promise.resolve(h.logs.find((line) => line.includes('No such workflow found by id: nope'))));
  });
});
