/**
 * Workers for every SIMPLE task of `examples/`, run by the JS SDK's TaskManager against the engine's URL, as a
 * user's worker process would. Outputs are derived from the inputs so the tests can check the data flow.
 */
import { noopLogger, TaskManager, type ConductorWorker } from '@io-orkes/conductor-javascript';
import type { createConductorClient } from '@io-orkes/conductor-javascript';

type Client = Awaited<ReturnType<typeof createConductorClient>>;
type Input = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** What each task type answers, by task definition name. */
const BEHAVIOUR: Record<string, (input: Input) => Input> = {
  validate_order: (input) => ({ valid: true, orderId: input['orderId'] }),
  reserve_inventory: (input) => ({ reserved: Array.isArray(input['items']) ? input['items'].length : 0 }),
  authorize_payment: (input) => ({ authorizationId: `AUTH-${str(input['orderId'])}` }),
  capture_payment: (input) => ({ paymentId: `PAY-${str(input['authorizationId']).replace('AUTH-', '')}` }),
  pack_item: (input) => ({ packed: `${str(input['orderId'])}#${str(input['iteration'])}` }),
  ship_with_fedex: (input) => ({ trackingId: `FDX-${str(input['orderId'])}` }),
  ship_with_ups: (input) => ({ trackingId: `UPS-${str(input['orderId'])}` }),
  ship_with_dhl: (input) => ({ trackingId: `DHL-${str(input['orderId'])}`, parcels: input['parcels'] }),
  send_notification: (input) => ({ messageId: `MSG-${str(input['template'])}-${str(input['to'])}` }),
};

/** Starts one TaskManager polling every example task type; `stop` ends polling. */
export function startExampleWorkers(client: Client): { stop: () => Promise<void> } {
  const workers: ConductorWorker[] = Object.entries(BEHAVIOUR).map(([taskDefName, behave]) => ({
    taskDefName,
    execute: (task) => Promise.resolve({ status: 'COMPLETED', outputData: behave(task.inputData ?? {}) }),
  }));
  const manager = new TaskManager(client, workers, {
    logger: noopLogger,
    options: { pollInterval: 10, concurrency: 2, batchPollingTimeout: 100 },
  });
  manager.startPolling();
  return { stop: () => manager.stopPolling() };
}
