import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EventHandler, Workflow, WorkflowDef } from '../../../common/src/model';
import { fixture, startEngine, until, type EventsHarness } from './eventsHarness';

let h: EventsHarness;
before(async () => {
  h = await startEngine();
  for (const name of ['publisher', 'receiver']) {
    const def = fixture<WorkflowDef>(`${name}.workflow.json`);
    assert.equal((await h.call('POST', '/api/metadata/workflow', def)).status, 200);
  }
});
after(() => h.close());
beforeEach(async () => {
  for (const handler of (await h.call('GET', '/api/event')).json as EventHandler[]) {
    await h.call('DELETE', `/api/event/${handler.name}`);
  }
  h.logs.length = 0;
});

async function addHandler(handler: EventHandler): Promise<void> {
  assert.equal((await h.call('POST', '/api/event', handler)).status, 200);
}

async function start(name: string, input: Record<string, unknown>, taskToDomain?: Record<string, string>) {
  return (await h.call('POST', '/api/workflow', { name, input, taskToDomain })).text;
}

/** The runs of `name` with `correlationId`, once there are `count` of them. */
async function runsOf(name: string, correlationId: string, count = 1): Promise<Workflow[]> {
  return until(h, async () => {
    const runs = (await h.call('GET', `/api/workflow/${name}/correlated/${correlationId}?includeClosed=true`))
      .json as Workflow[];
    return runs.length >= count ? runs : undefined;
  });
}

async function logged(pattern: RegExp): Promise<string> {
  return until(h, () => Promise.resolve(h.logs.find((line) => pattern.test(line))));
}

void describe('event handlers start workflows from EVENT task messages (§1.9, §1.11)', () => {
  void it('starts the handler workflow with input resolved against the payload and its taskToDomain', async () => {
    await addHandler(fixture<EventHandler>('startReceiver.handler.json'));
    const id = await start('order_publisher', { orderId: 'o-1', items: ['a', 'b'] }, { '*': 'blue' });
    const [received] = await runsOf('order_receiver', 'o-1');
    assert.ok(received);
    assert.equal(received.status, 'RUNNING');
    const input = received.input ?? {};
    assert.equal(input['orderId'], 'o-1');
    assert.equal(input['firstItem'], 'a');
    assert.equal(input['from'], id);
    assert.equal(input['conductor.event.name'], 'conductor:order_publisher:announce');
    assert.equal(typeof input['conductor.event.messageId'], 'string');
    assert.equal(received.event, 'conductor:order_publisher:announce');
    assert.deepEqual(received.taskToDomain, { '*': 'blue' }, "the publisher's domains travel with the message");
  });

  void it('stores the started run with its event set from its first write (no second save to add it)', async () => {
    await addHandler(fixture<EventHandler>('startReceiver.handler.json'));
    const repository = h.engine.executor.store.workflows;
    const put = repository.put.bind(repository);
    const writes: Workflow[] = [];
    // A spy on the real store: every write still happens; the test sees what each one stored.
    repository.put = (workflow) => {
      if (workflow.workflowName === 'order_receiver') writes.push(structuredClone(workflow));
      put(workflow);
    };
    try {
      await start('order_publisher', { orderId: 'o-once', items: ['x', 'y'] });
      const [received] = await runsOf('order_receiver', 'o-once');
      assert.equal(received?.event, 'conductor:order_publisher:announce');
    } finally {
      repository.put = put;
    }
    const own = writes.filter((workflow) => workflow.correlationId === 'o-once');
    assert.ok(own.length > 0);
    assert.equal(own[0]?.event, 'conductor:order_publisher:announce', 'the first write already names the event');
    const query = encodeURIComponent("correlationId = 'o-once' AND workflowType = order_receiver");
    const summaries = (await h.call('GET', `/api/workflow/search?query=${query}`)).json as { results: Workflow[] };
    assert.equal(summaries.results[0]?.event, 'conductor:order_publisher:announce', '§1.8 WorkflowSummary.event');
  });

  void it('skips a handler whose condition is false, fails a python condition, ignores inactive handlers', async () => {
    await addHandler(fixture<EventHandler>('startReceiver.handler.json'));
    await addHandler({
      ...fixture<EventHandler>('startReceiver.handler.json'),
      name: 'idle',
      active: false,
      condition: '',
    });
    const python = { ...fixture<EventHandler>('startReceiver.handler.json'), name: 'py', evaluatorType: 'python' };
    await addHandler(python);
    await start('order_publisher', { orderId: 'o-2', items: ['only one'] });
    await logged(/start_receiver .*message .*: condition SKIPPED/);
    assert.match(
      await logged(/handler py /),
      /condition FAILED: The python evaluator .* write the condition in javascript/,
    );
    const runs = (await h.call('GET', '/api/workflow/order_receiver/correlated/o-2?includeClosed=true')).json;
    assert.deepEqual(runs, []);
  });

  void it('logs an action that fails (unknown workflow) and one Conductor OSS does not support, and goes on', async () => {
    await addHandler({
      name: 'broken',
      event: 'conductor:order_publisher:announce',
      active: true,
      actions: [
        { action: 'start_workflow', start_workflow: { name: 'no_such_flow' } },
        { action: 'terminate_workflow', terminate_workflow: { workflowId: '${workflowInstanceId}' } },
        { action: 'start_workflow', start_workflow: { name: 'order_receiver', correlationId: '${orderId}' } },
      ],
    });
    await start('order_publisher', { orderId: 'o-3', items: [] });
    assert.match(await logged(/start_workflow FAILED/), /No such workflow defined\. name=no_such_flow/);
    assert.match(await logged(/terminate_workflow FAILED/), /Action not supported terminate_workflow/);
    await runsOf('order_receiver', 'o-3');
  });
});
