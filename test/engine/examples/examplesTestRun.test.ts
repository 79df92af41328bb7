/**
 * The examples' main workflow through `POST /api/workflow/test` (engine/src/testRun/README.md): its definition as
 * written in examples/, its input file, and mocks from `examples/workflows/order_fulfillment.mocks.json` (what the editor's Test Run reads) for every task that is
 * not an operator (the payment sub-workflow through `subWorkflowTestRequest`). The real operators decide the route:
 * the retried validation, the fork, one packing iteration per item, the vendor the input names, the EVENT.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Workflow } from '../../../common/src/model';
import { startHarness, type Harness } from '../exec/engineHarness';
import { EXAMPLES, exampleInput } from './examplesProject';

let h: Harness;
before(async () => {
  h = await startHarness();
  for (const file of ['order_tasks.taskdef.json', 'payment_tasks.taskdef.json']) {
    const defs: unknown = JSON.parse(readFileSync(join(EXAMPLES, 'tasks', file), 'utf8'));
    assert.equal((await h.call('POST', '/api/metadata/taskdefs', defs)).status, 200);
  }
  const payment: unknown = JSON.parse(
    readFileSync(join(EXAMPLES, 'workflows', 'payment_processing.workflow.json'), 'utf8'),
  );
  assert.equal((await h.call('POST', '/api/metadata/workflow', payment)).status, 200);
});
after(() => h.close());

/** Test-runs order_fulfillment (inline, as in the editor) with the example input plus `input`. */
async function testRun(input: Record<string, unknown>): Promise<Workflow> {
  const workflowDef: unknown = JSON.parse(
    readFileSync(join(EXAMPLES, 'workflows', 'order_fulfillment.workflow.json'), 'utf8'),
  );
  const mocks: unknown = JSON.parse(readFileSync(join(EXAMPLES, 'workflows', 'order_fulfillment.mocks.json'), 'utf8'));
  const body = {
    ...(mocks as object),
    name: 'order_fulfillment',
    workflowDef,
    input: { ...exampleInput('order_fulfillment'), ...input },
  };
  const answer = await h.call('POST', '/api/workflow/test', body);
  assert.equal(answer.status, 200, answer.text);
  return answer.json as Workflow;
}

const states = (run: Workflow) => (run.tasks ?? []).map((t) => `${t.referenceTaskName}:${t.status}`);

void describe('examples/order_fulfillment as a test run', () => {
  void it('runs to COMPLETED with the mocks: retried validation, payment child, two parcels, DHL', async () => {
    const run = await testRun({});
    assert.equal(run.status, 'COMPLETED', `${run.reasonForIncompletion ?? ''} ${states(run).join(' ')}`);
    assert.deepEqual(run.output, {
      orderId: 'ORD-1001',
      total: 33,
      paymentId: 'PAY-1',
      shippedWith: 'DHL',
      parcels: 2,
    });
    const taken = states(run);
    for (const state of ['validate_order_ref:FAILED', 'validate_order_ref:COMPLETED', 'ship_with_dhl_ref:COMPLETED']) {
      assert.ok(taken.includes(state), `${state} in ${taken.join(' ')}`);
    }
    assert.ok(!taken.some((s) => s.startsWith('ship_with_ups_ref')), 'the UPS branch did not run');
  });

  void it('takes the UPS branch for UPS, and TERMINATE(FAILED) for an unknown vendor', async () => {
    const ups = await testRun({ shippingVendor: 'UPS' });
    assert.equal(ups.status, 'COMPLETED');
    assert.equal(ups.output?.['shippedWith'], 'UPS');
    const acme = await testRun({ shippingVendor: 'ACME' });
    assert.equal(acme.status, 'FAILED');
    assert.equal(acme.reasonForIncompletion, 'Unsupported shipping vendor: ACME');
    assert.equal(acme.output?.['orderId'], 'ORD-1001');
    assert.equal(acme.output?.['shipped'], false);
    // §5.5: customer_notification is not registered here, so the failure workflow cannot start (conductor-oss text).
    const failure = String(acme.output?.['conductor.failure_workflow']);
    assert.match(failure, /^Error workflow customer_notification failed to start\. {2}reason: /);
  });
});
