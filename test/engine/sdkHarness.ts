/**
 * A real engine plus the JS SDK's client and WorkflowExecutor pointed at it, for the SDK end-to-end tests.
 * CONDUCTOR_SERVER_URL is cleared so the SDK cannot pick up a server from the environment instead of this engine.
 */
import { createConductorClient, noopLogger, WorkflowExecutor } from '@io-orkes/conductor-javascript';
import { startHarness, type Harness } from './exec/engineHarness';

/** The SDK's client type (its factory is async and does not export the type by name). */
export type SdkClient = Awaited<ReturnType<typeof createConductorClient>>;

/** The engine harness with an SDK client and executor on it. */
export interface SdkHarness {
  readonly h: Harness;
  readonly client: SdkClient;
  readonly executor: WorkflowExecutor;
}

/** Starts an engine on a free 127.0.0.1 port and connects the SDK to it; close with `h.close()`. */
export async function startSdkHarness(): Promise<SdkHarness> {
  delete process.env['CONDUCTOR_SERVER_URL'];
  const h = await startHarness();
  const client = await createConductorClient({ serverUrl: `${h.engine.url}/api`, logger: noopLogger });
  return { h, client, executor: new WorkflowExecutor(client) };
}
