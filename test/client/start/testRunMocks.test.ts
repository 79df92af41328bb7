/**
 * The mocks of a test run (testRunMocks) and the request the Test Run command sends, against the real engine's
 * `POST /api/workflow/test` (§3.2): the examples' mocks file drives order_fulfillment to COMPLETED; the default mocks
 * complete every worker-side task (loop iterations by runtime reference, §5.8) and leave operators to run for real;
 * mocks saved from a run (runMocks) replay it, its payment child included.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaskDef, Workflow, WorkflowDef } from '../../../common/src/model';
import {
  defaultMocks,
  mocksPathOf,
  mocksSkeleton,
  parseMocks,
  type TestRunMocks,
} from '../../../client/src/commands/start/testRunMocks';
import { mocksFromRun } from '../../../client/src/commands/executions/runMocks';
import { startEngineClient, type EngineClient } from '../clientHarness';

const examples = join(__dirname, '..', '..', '..', 'examples');
const read = (path: string): string => readFileSync(join(examples, path), 'utf8');
const order = JSON.parse(read('workflows/order_fulfillment.workflow.json')) as WorkflowDef;
const orderInput = JSON.parse(read('workflows/order_fulfillment.input.json')) as Record<string, unknown>;

let h: EngineClient;
before(async () => {
  h = await startEngineClient();
  for (const file of ['order_tasks.taskdef.json', 'payment_tasks.taskdef.json']) {
    await h.client.metadata.registerTaskDefs(JSON.parse(read(`tasks/${file}`)) as TaskDef[]);
  }
  await h.client.metadata.registerWorkflowDef(
    JSON.parse(read('workflows/payment_processing.workflow.json')) as WorkflowDef,
  );
});
after(() => h.engine.close());

/** The file itself, test-run as the command sends it (the StartWorkflowRequest part plus the mocks). */
function testRun(mocks: TestRunMocks): Promise<Workflow> {
  const body = { name: order.name, workflowDef: order, input: orderInput, ...mocks };
  return h.client.http.request<Workflow>('POST', '/api/workflow/test', { body });
}

void describe('test run mocks', () => {
  void it('finds the mocks file beside the workflow file', () => {
    assert.equal(mocksPathOf('/w/orders/ship.workflow.json'), '/w/orders/ship.mocks.json');
    assert.equal(mocksPathOf('/w/flows/ship.json'), '/w/flows/ship.mocks.json');
  });

  void it("drives the example to COMPLETED with the examples' mocks file", async () => {
    const run = await testRun(
      parseMocks(read('workflows/order_fulfillment.mocks.json'), 'order_fulfillment.mocks.json'),
    );
    assert.equal(run.status, 'COMPLETED', run.reasonForIncompletion);
  });

  void it('mocks worker-side tasks by default, loop iterations by runtime reference, and no operator', async () => {
    const mocks = Object.keys(defaultMocks(order).taskRefToMockOutput);
    for (const ref of ['validate_order_ref', 'check_inventory_ref', 'order_shipped_event', 'wait_for_delivery_ref']) {
      assert.ok(mocks.includes(ref), `${ref} in ${mocks.join(', ')}`);
    }
    assert.ok(mocks.includes('pack_item_ref__1') && mocks.includes('pack_item_ref__100'));
    for (const ref of ['compute_totals_ref', 'shipping_vendor_switch', 'take_payment_ref', 'pack_items_loop']) {
      assert.ok(!mocks.includes(ref), `${ref} is an operator`);
    }
    const run = await testRun(defaultMocks(order));
    const validate = run.tasks?.find((task) => task.referenceTaskName === 'validate_order_ref');
    assert.equal(validate?.status, 'COMPLETED');
    // The payment child has no plan: the run waits there, as the message after a test run says.
    assert.equal(run.status, 'RUNNING');
  });

  void it('starts a mocks file from a skeleton that parses back, loop tasks once', () => {
    const skeleton = parseMocks(mocksSkeleton(order), 'skeleton');
    assert.deepEqual(skeleton.taskRefToMockOutput['validate_order_ref'], [{ status: 'COMPLETED', output: {} }]);
    assert.ok(
      'pack_item_ref__1' in skeleton.taskRefToMockOutput && !('pack_item_ref__2' in skeleton.taskRefToMockOutput),
    );
  });

  void it('says what is wrong with a broken mocks file', () => {
    assert.throws(() => parseMocks('{', 'a.mocks.json'), /^Error: a\.mocks\.json is not valid JSON/);
    assert.throws(() => parseMocks('{"validate": []}', 'a.mocks.json'), /must be an object with "taskRefToMockOutput"/);
  });

  void it('replays a run from the mocks saved from it: same tasks, same outcomes, the child run too', async () => {
    const mocks = parseMocks(read('workflows/order_fulfillment.mocks.json'), 'order_fulfillment.mocks.json');
    const first = await testRun(mocks);
    const saved = await mocksFromRun(first, (id) => h.client.workflows.get(id, true));
    assert.ok(saved.subWorkflowTestRequest?.['take_payment_ref'], 'the payment child is replayed too');
    const replay = await testRun(saved);
    const outcomes = (run: Workflow) => (run.tasks ?? []).map((t) => `${t.referenceTaskName}:${t.status}`);
    assert.equal(replay.status, first.status);
    assert.deepEqual(outcomes(replay), outcomes(first));
  });
});
