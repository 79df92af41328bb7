/**
 * The Executions filter → Conductor search (reference/conductor.md §3.2 search syntax): the query text it builds,
 * and, against the real engine, that each facet narrows the list to what it says.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeFilter, isEmptyFilter, toSearchOptions } from '../../../client/src/views/executions/executionFilter';
import type { EngineClient } from '../clientHarness';
import { startFlow, startFlowEngine, work } from './executionsHarness';

const NOW = 1_700_000_000_000;

void describe('filter → search options (§3.2)', () => {
  void it('an empty filter lists everything, newest first, one page', () => {
    assert.deepEqual(toSearchOptions({}, NOW), { freeText: '*', sort: 'startTime:DESC', start: 0, size: 25 });
    assert.equal(isEmptyFilter({}), true);
    assert.equal(describeFilter({}), '');
  });

  void it('joins name, statuses and time window with AND; free text goes to freeText', () => {
    const filter = {
      workflowName: ' order_* ',
      statuses: ['RUNNING', 'PAUSED'] as const,
      window: 'last hour' as const,
      freeText: ' jane ',
    };
    const options = toSearchOptions(filter, NOW, 25, 10);
    assert.equal(
      options.query,
      `workflowType = order_* AND status IN (RUNNING,PAUSED) AND startTime > ${NOW - 3_600_000}`,
    );
    assert.equal(options.freeText, 'jane');
    assert.deepEqual([options.start, options.size], [25, 10]);
    assert.equal(describeFilter(filter), 'order_* · RUNNING,PAUSED · last hour · "jane"');
  });

  void it('strips query syntax from a typed name so it cannot change the query', () => {
    assert.equal(toSearchOptions({ workflowName: `a" AND status = 'X` }, NOW).query, 'workflowType = a status = X');
  });
});

void describe('filters against the engine', () => {
  let h: EngineClient;
  let running: string;
  let completed: string;

  before(async () => {
    h = await startFlowEngine();
    running = await startFlow(h, { orderId: 'needle-42' });
    completed = await startFlow(h, { orderId: 'o-2', currency: 'USD' });
    await work(h, completed, 'charge', 'COMPLETED');
    await work(h, completed, 'ship_other', 'COMPLETED');
    await work(h, completed, 'notify', 'COMPLETED');
  });
  after(() => h.engine.close());

  const ids = async (filter: Parameters<typeof toSearchOptions>[0]): Promise<string[]> =>
    (await h.client.workflows.search(toSearchOptions(filter, Date.now()))).results.map((r) => r.workflowId);

  void it('status narrows to the executions in that status', async () => {
    assert.deepEqual(await ids({ statuses: ['COMPLETED'] }), [completed]);
    assert.deepEqual(await ids({ statuses: ['RUNNING'] }), [running]);
    assert.deepEqual((await ids({ statuses: ['RUNNING', 'COMPLETED'] })).sort(), [running, completed].sort());
  });

  void it('name matches exactly or with a * wildcard', async () => {
    assert.equal((await ids({ workflowName: 'exec_flow' })).length, 2);
    assert.equal((await ids({ workflowName: 'exec_*' })).length, 2);
    assert.deepEqual(await ids({ workflowName: 'other_flow' }), []);
  });

  void it('free text finds an execution by a value in its input', async () => {
    assert.deepEqual(await ids({ freeText: 'needle-42' }), [running]);
  });

  void it('the time window keeps recent executions and drops older ones', async () => {
    assert.equal((await ids({ window: 'last hour' })).length, 2);
    const old = await h.client.workflows.search(toSearchOptions({ window: 'last hour' }, Date.now() + 2 * 3_600_000));
    assert.equal(old.totalHits, 0);
  });
});
