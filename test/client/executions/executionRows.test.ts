/**
 * What the Executions tree shows for real executions of the engine: the execution row (name, version, status) and
 * its task children in schedule order with status, retry count and the failure reason in the tooltip.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkflowDef } from '../../../common/src/model';
import { definitionRefs } from '../../../client/src/views/executions/definitionRefs';
import { executionRow, orderedTasks, startedAt, taskRow } from '../../../client/src/views/executions/executionRows';
import { statusStyle } from '../../../client/src/views/executions/statusStyle';
import { WORKFLOW_STATUSES, TASK_STATUSES } from '../../../common/src/status';
import type { EngineClient } from '../clientHarness';
import { executionFixture, startFlow, startFlowEngine, work } from './executionsHarness';

void describe('execution and task rows', () => {
  let h: EngineClient;
  let id: string;

  before(async () => {
    h = await startFlowEngine();
    id = await startFlow(h, { orderId: 'o-7' });
    // exec_charge has retryCount 1 (§5.3): the failure schedules a retry copy with retryCount 1.
    await work(h, id, 'charge', 'FAILED', 'card declined');
    await work(h, id, 'charge', 'COMPLETED');
  });
  after(() => h.engine.close());

  void it('the execution row names the workflow and version and shows the status', async () => {
    const summary = (await h.client.workflows.search({ freeText: 'o-7' })).results[0];
    assert.ok(summary);
    const row = executionRow(summary);
    assert.equal(row.label, 'exec_flow v1');
    assert.equal(row.description, `RUNNING · ${new Date(summary.startTime ?? '').toLocaleTimeString()}`);
    assert.match(row.tooltip, new RegExp(`id \`${id}\``));
  });

  void it('a sub-workflow execution says whose child it is', () => {
    const child = { workflowType: 'child', version: 2, workflowId: 'c-1', status: 'RUNNING' as const };
    assert.match(executionRow({ ...child, parentWorkflowId: 'p-1' }).tooltip, /sub-workflow of `p-1`/);
    assert.doesNotMatch(executionRow({ ...child, parentWorkflowId: '' }).tooltip, /sub-workflow/);
  });

  void it('task children come in schedule order with status, retry count and reason', async () => {
    const tasks = orderedTasks(await h.client.workflows.get(id, true));
    const rows = tasks.map(taskRow);
    assert.deepEqual(
      rows.map((row) => [row.label, row.description]),
      [
        ['charge', 'FAILED'],
        ['charge', 'COMPLETED · retry 1'],
        ['route', 'COMPLETED'],
        ['ship_eu', 'SCHEDULED'],
      ],
    );
    assert.match(rows[0]?.tooltip ?? '', /reason: card declined/);
    assert.match(rows[1]?.tooltip ?? '', /\(exec_charge\) — COMPLETED/, "a SIMPLE task's taskType is its name (§1.7)");
  });

  void it('every workflow and task status has its own icon', () => {
    for (const status of [...WORKFLOW_STATUSES, ...TASK_STATUSES]) {
      assert.notEqual(statusStyle(status).icon, 'circle-outline', status);
    }
    assert.equal(statusStyle('SOMETHING_NEW').icon, 'circle-outline');
  });
});

void describe('start time', () => {
  // Local dates, so the test holds in every time zone.
  const now = new Date(2026, 2, 4, 12, 0);
  void it('shows the time of day for today and date and time before, in local time', () => {
    const today = new Date(2026, 2, 4, 11, 59);
    assert.equal(startedAt(today.toISOString(), now), today.toLocaleTimeString());
    const earlier = new Date(2026, 1, 1, 8, 30);
    assert.equal(startedAt(earlier.toISOString(), now), earlier.toLocaleString());
    assert.equal(startedAt('not a date', now), 'not a date');
  });
});

void describe('definition references', () => {
  void it('lists nested switch branches in definition order, for skip and waitUntilTaskRef', () => {
    const refs = definitionRefs(executionFixture<WorkflowDef>('exec_flow.workflow.json'));
    assert.deepEqual(
      refs.map((r) => `${r.ref}:${r.type}`),
      ['charge:SIMPLE', 'route:SWITCH', 'ship_eu:SIMPLE', 'ship_other:SIMPLE', 'notify:SIMPLE'],
    );
  });
});
