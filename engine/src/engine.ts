/**
 * The engine's composition root: opens the store on the data directory, wires the executor, the sweeper and every
 * REST route onto one router, and listens (127.0.0.1 by default). `close()` stops the sweeper, releases waiting
 * long polls, closes the server and the store, and releases the shared script/jq runtimes.
 */
import { registerEventRoutes } from './api/events';
import { registerHealthRoutes } from './api/health';
import { registerMetadataRoutes } from './api/metadata';
import { registerSearchRoutes } from './api/searchRoutes';
import { registerTaskQueueRoutes } from './api/taskQueueRoutes';
import { registerTaskRoutes } from './api/taskRoutes';
import { registerTaskSignalRoutes } from './api/taskSignalRoutes';
import { registerWorkflowBulkRoutes } from './api/workflowBulkRoutes';
import { registerWorkflowExecuteRoutes } from './api/workflowExecuteRoutes';
import { registerWorkflowLifecycleRoutes } from './api/workflowLifecycleRoutes';
import { registerWorkflowRoutes } from './api/workflowRoutes';
import { registerWorkflowTestRoutes } from './api/workflowTestRoutes';
import { AsyncTaskWorker } from './execution/asyncTaskWorker';
import { Executor } from './execution/executor';
import { acquireScriptRuntime, releaseScriptRuntime } from './execution/scriptRuntime';
import { linkWorkflows } from './execution/subWorkflows';
import { Sweeper } from './execution/sweeper';
import { startWorkflowWorker } from './execution/tasks/startWorkflowTask';
import { wireEventsAndSchedules } from './events/wireEventsAndSchedules';
import { createRouter, type Router, type RunningServer } from './http';
import { executeHttpTask } from './httpTask';
import { openStore, type Durability, type Store } from './store';

/** Something that runs in the background while the engine is up. */
interface Background {
  start(): void;
  stop(): void;
}

/** How to run an engine. */
export interface EngineOptions {
  /** Data directory; absent = in-memory (tests and benchmarks only). */
  dataDir?: string;
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Store durability (default `process`: survives SIGKILL; `full` adds an fsync per commit for power loss). */
  durability?: Durability;
  /** Receives unexpected errors (5xx answers, sweeper failures). */
  log?: (message: string) => void;
}

/** A running engine. */
export interface Engine {
  /** Base URL without `/api`, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly executor: Executor;
  close(): Promise<void>;
}

/** Registers every route of the engine on `router`. */
export function registerRoutes(router: Router, executor: Executor): void {
  registerHealthRoutes(router);
  registerMetadataRoutes(router, executor.store);
  registerEventRoutes(router, executor.store);
  registerWorkflowRoutes(router, executor);
  registerWorkflowLifecycleRoutes(router, executor);
  registerWorkflowBulkRoutes(router, executor);
  registerWorkflowExecuteRoutes(router, executor);
  registerWorkflowTestRoutes(router, executor);
  registerSearchRoutes(router, executor);
  registerTaskRoutes(router, executor);
  registerTaskSignalRoutes(router, executor);
  registerTaskQueueRoutes(router, executor);
}

/** The executor with its failure-workflow starter, and the timers that drive it (sweeper, HTTP task worker). */
function wireExecutor(store: Store, log: (message: string) => void): { executor: Executor; background: Background[] } {
  const executor = new Executor(store);
  linkWorkflows(executor, log);
  const sweeper = new Sweeper(executor, (error, id) => log(`Sweeper could not decide ${id}: ${String(error)}`));
  const http = (input: Record<string, unknown>, asyncComplete: boolean) => executeHttpTask(input, { asyncComplete });
  const httpWorker = new AsyncTaskWorker(executor, 'HTTP', http, (error) => log(`HTTP task failed: ${String(error)}`));
  return { executor, background: [sweeper, httpWorker, startWorkflowWorker(executor, log)] };
}

/** Opens the store, starts sweeping and serving; rejects with a clear message when the port or data dir is taken. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const log = options.log ?? ((message: string) => console.error(message));
  await acquireScriptRuntime();
  let store: Store | undefined;
  try {
    store = openStore({ dataDir: options.dataDir, durability: options.durability });
    const { executor, background } = wireExecutor(store, log);
    const router = createRouter({ onServerError: (error) => log(`Server error: ${String(error)}`) });
    registerRoutes(router, executor);
    background.push(...wireEventsAndSchedules(router, executor, log));
    const server = await router.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    background.forEach((part) => part.start());
    return { url: server.url, executor, close: closer(executor, background, server, store) };
  } catch (error) {
    store?.close();
    await releaseScriptRuntime();
    throw error;
  }
}

/** An idempotent close: stop timers, release long polls, close the server, the store and the runtimes. */
function closer(executor: Executor, background: Background[], server: RunningServer, store: Store) {
  let closed = false;
  return async (): Promise<void> => {
    if (closed) return;
    closed = true;
    background.forEach((part) => part.stop());
    executor.events.emit('close');
    await server.close();
    store.close();
    await releaseScriptRuntime();
  };
}
