/**
 * The engine's durable store: one SQLite file in the data directory, typed repositories over it, and
 * `transaction(fn)` to make a group of changes atomic (all or nothing, also across a SIGKILL).
 */
import { join } from 'node:path';
import { lockDataDir } from './dataDirLock';
import type { ReleaseLock } from './dataDirLock';
import { EventHandlerRepository } from './eventHandlerRepository';
import { KeyValueRepository } from './keyValueRepository';
import { PollDataRepository } from './pollDataRepository';
import { QueueRepository } from './queueRepository';
import { migrate } from './schema';
import { DEFAULT_DURABILITY, SqliteDatabase, type Durability } from './sqliteDatabase';
import { TaskDefRepository } from './taskDefRepository';
import { TaskLogRepository } from './taskLogRepository';
import { TaskRepository } from './taskRepository';
import { WorkflowDefRepository } from './workflowDefRepository';
import { WorkflowRepository } from './workflowRepository';

/** The database file name inside the data directory. */
export const DATABASE_FILE = 'engine.db';

/** How to open the store. */
export interface StoreOptions {
  /** Data directory (created if missing); absent = an in-memory store that dies with the process (tests only). */
  dataDir?: string;
  /** Default `DEFAULT_DURABILITY` (`process`). See `Durability`. */
  durability?: Durability;
}

/** The open store. Repositories' methods are synchronous; each single call is atomic on its own. */
export interface Store {
  readonly workflowDefs: WorkflowDefRepository;
  readonly taskDefs: TaskDefRepository;
  readonly eventHandlers: EventHandlerRepository;
  readonly workflows: WorkflowRepository;
  readonly tasks: TaskRepository;
  readonly queues: QueueRepository;
  readonly taskLogs: TaskLogRepository;
  readonly pollData: PollDataRepository;
  readonly kv: KeyValueRepository;
  /** Runs a synchronous `fn` in one transaction (nested calls join it); rolls back and rethrows if it throws. */
  transaction<T>(fn: () => T): T;
  /** Closes the database and releases the data directory. Idempotent. */
  close(): void;
}

/** Opens (creating or migrating) the store; throws a clear error if another engine holds the data directory. */
export function openStore(options: StoreOptions = {}): Store {
  const file = options.dataDir === undefined ? ':memory:' : join(options.dataDir, DATABASE_FILE);
  const release: ReleaseLock = options.dataDir === undefined ? () => undefined : lockDataDir(options.dataDir, file);
  let db: SqliteDatabase;
  try {
    db = new SqliteDatabase(file, options.durability ?? DEFAULT_DURABILITY);
    migrate(db);
  } catch (error) {
    release();
    throw error;
  }
  return {
    workflowDefs: new WorkflowDefRepository(db),
    taskDefs: new TaskDefRepository(db),
    eventHandlers: new EventHandlerRepository(db),
    workflows: new WorkflowRepository(db),
    tasks: new TaskRepository(db),
    queues: new QueueRepository(db),
    taskLogs: new TaskLogRepository(db),
    pollData: new PollDataRepository(db),
    kv: new KeyValueRepository(db),
    transaction: (fn) => db.transaction(fn),
    close: () => {
      db.close();
      release();
    },
  };
}
