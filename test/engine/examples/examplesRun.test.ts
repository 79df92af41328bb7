/**
 * The `examples/` project runs on the engine (issue 5 "Proof"): everything registers, and each example workflow
 * started with its `*.input.json` reaches COMPLETED with the expected outputs while a real SDK TaskManager completes
 * the SIMPLE tasks. The order's WAIT (30 s, a stand-in for the carrier's delivery signal) is completed by a task
 * update, as the carrier's callback would; the EVENT task's message starts customer_notification through the event
 * handler (reference/conductor.md §1.11 EVENT); an unknown vendor ends in TERMINATE(FAILED) and starts the failure
 * workflow (§5.5).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConductorClient, noopLogger } from '@io-orkes/conductor-javascript';
import type { Workflow } from '../../../common/src/model';
import { startHarness, until, type Harness } from '../exec/engineHarness';
import { startExampleWorkers } from './exampleWorkers';
import { exampleInput, registerExamples } from './examplesProject';

let h: Harness;
let workers: { stop: () => Promise<void> };
before(async () => {
  delete process.env['CONDUCTOR_SERVER_URL'];
  h = await startHarness();
  await registerExamples(h);
  const client = await createConductorClient({ serverUrl: `${h.engine.url}/api`, logger: noopLogger });
  workers = startExampleWorkers(client);
});
after(async () => {
  await workers.stop();
  await h.close();
});

async function start(name: string, input: Record<string, unknown>): Promise<string> {
  const answer = await h.call('POST', '/api/workflow', { name, input });
  assert.equal(answer.status, 200, answer.text);
  return answer.text;
}

/** Waits (bounded) until `ready` holds for the run. */
async function settle(id: string, ready = (run: Workflow) => run.status !== 'RUNNING'): Promise<Workflow> {
  return until(
    h,
    async () => {
      const run = (await h.call('GET', `/api/workflow/${id}`)).json as Workflow;
      return ready(run) ? run : undefined;
    },
    15_000,
  );
}

const waiting = (ref: string) => (run: Workflow) =>
  run.status !== 'RUNNING' || (run.tasks ?? []).some((t) => t.referenceTaskName === ref && t.status === 'IN_PROGRESS');

/** The completed customer_notification run the event handler started for ORD-1001, if any. */
async function shippedNotification(): Promise<Workflow | undefined> {
  const answer = await h.call('GET', '/api/workflow/customer_notification/correlated/ORD-1001?includeClosed=true');
  const runs = answer.json as Workflow[];
  return runs.find((run) => run.status === 'COMPLETED' && run.input?.['template'] === 'order_shipped');
}

void describe('examples/ on the engine', () => {
  void it('registers the event handler and the schedule as written', async () => {
    const handlers = (await h.call('GET', '/api/event')).json as { name: string; active: boolean }[];
    assert.deepEqual(
      handlers.map((handler) => [handler.name, handler.active]),
      [['notify_customer_on_shipment', true]],
    );
    const schedule = (await h.call('GET', '/api/scheduler/schedules/daily_order_digest')).json as Record<
      string,
      unknown
    >;
    assert.equal(schedule['cronExpression'], '0 0 8 * * *');
    assert.equal(schedule['zoneId'], 'Europe/Berlin');
    assert.deepEqual((schedule['startWorkflowRequest'] as { name: string }).name, 'customer_notification');
  });

  void it('payment_processing completes with its input file', async () => {
    const run = await settle(await start('payment_processing', exampleInput('payment_processing')));
    assert.equal(run.status, 'COMPLETED', run.reasonForIncompletion);
    assert.deepEqual(run.output, { paymentId: 'PAY-ORD-1001', amount: 33, currency: 'EUR' });
  });

  void it('customer_notification completes with its input file', async () => {
    const run = await settle(await start('customer_notification', exampleInput('customer_notification')));
    assert.equal(run.status, 'COMPLETED', run.reasonForIncompletion);
    assert.deepEqual(run.output, { messageId: 'MSG-order_shipped-jane.doe@example.com' });
  });

  void it('order_fulfillment completes (totals, payment sub-workflow, a parcel per item, DHL) and its EVENT notifies', async () => {
    const id = await start('order_fulfillment', exampleInput('order_fulfillment'));
    const atDelivery = await settle(id, waiting('wait_for_delivery_ref'));
    assert.equal(atDelivery.status, 'RUNNING', atDelivery.reasonForIncompletion);
    const delivered = await h.call('POST', `/api/tasks/${id}/wait_for_delivery_ref/COMPLETED`, { delivered: true });
    assert.equal(delivered.status, 200, delivered.text);
    const run = await settle(id);
    assert.equal(run.status, 'COMPLETED', run.reasonForIncompletion);
    assert.deepEqual(run.output, {
      orderId: 'ORD-1001',
      total: 33,
      paymentId: 'PAY-ORD-1001',
      shippedWith: 'DHL',
      parcels: 2,
    });
    const refs = (run.tasks ?? []).map((t) => t.referenceTaskName);
    for (const ref of ['pack_item_ref__1', 'pack_item_ref__2', 'ship_with_dhl_ref', 'order_shipped_event']) {
      assert.ok(refs.includes(ref), `${ref} ran`);
    }
    // §1.11 EVENT: its message on conductor:order_fulfillment:order_shipped_event starts customer_notification.
    const notified = await until(h, shippedNotification, 15_000);
    assert.deepEqual(notified.output, { messageId: 'MSG-order_shipped-jane.doe@example.com' });
  });

  void it('an unsupported vendor ends in TERMINATE(FAILED) and starts the failure workflow', async () => {
    const id = await start('order_fulfillment', { ...exampleInput('order_fulfillment'), shippingVendor: 'ACME' });
    const run = await settle(id);
    assert.equal(run.status, 'FAILED');
    assert.equal(run.reasonForIncompletion, 'Unsupported shipping vendor: ACME');
    const failureId = run.output?.['conductor.failure_workflow'];
    assert.equal(typeof failureId, 'string', 'the failure workflow id is in the output');
    const failure = await settle(failureId as string);
    assert.equal(failure.status, 'COMPLETED', failure.reasonForIncompletion);
    assert.equal(failure.input?.['template'], 'order_failed', 'from the inputTemplate');
    assert.equal(failure.input?.['workflowId'], id);
  });
});
