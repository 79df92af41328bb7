/**
 * Event messages are durable (§3.4): a message queued before a crash or shutdown is handled by the event processor
 * of the next engine on the same data directory, and then acknowledged.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventProcessor, publishMessage, STORED_MESSAGES_QUEUE } from '../../../engine/src/events';
import { Executor } from '../../../engine/src/execution/executor';
import { openStore } from '../../../engine/src/store';

const dataDir = mkdtempSync(join(tmpdir(), 'engine-event-durability-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

void describe('event queue durability (§3.4)', () => {
  void it('handles a message published before a restart once the next engine starts', async () => {
    const first = openStore({ dataDir });
    first.workflowDefs.put({
      name: 'target',
      version: 1,
      schemaVersion: 2,
      tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }],
    });
    first.eventHandlers.put({
      name: 'starter',
      event: 'conductor:jobs:new',
      active: true,
      actions: [{ action: 'start_workflow', start_workflow: { name: 'target', input: { job: '${id}' } } }],
    });
    const messageId = publishMessage(new Executor(first), STORED_MESSAGES_QUEUE, {
      event: 'conductor:jobs:new',
      payload: { id: 'j-1' },
    });
    first.close();

    const store = openStore({ dataDir });
    const executor = new Executor(store);
    const logs: string[] = [];
    const processor = createEventProcessor(executor, (line) => logs.push(line));
    const started = once(executor.events, 'workflow', { signal: AbortSignal.timeout(5000) });
    processor.start();
    const [workflowId] = (await started) as [string];
    processor.stop();
    const run = executor.load(workflowId).workflow;
    assert.equal(run.workflowName, 'target');
    assert.equal(run.input?.['job'], 'j-1');
    assert.equal(run.input?.['conductor.event.messageId'], messageId);
    assert.equal(store.queues.size(STORED_MESSAGES_QUEUE), 0);
    assert.deepEqual(logs, []);
    store.close();
  });
});
