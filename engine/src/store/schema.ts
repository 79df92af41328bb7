/**
 * The store's tables. Every entity keeps its full JSON plus the columns that queries filter or sort on.
 * `user_version` records the schema version so later parts can migrate.
 */
import type { SqliteDatabase } from './sqliteDatabase';

const SCHEMA_VERSION = 1;

const DDL = `
CREATE TABLE IF NOT EXISTS workflow_defs (
  name TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL,
  create_time INTEGER, update_time INTEGER, PRIMARY KEY (name, version));
CREATE TABLE IF NOT EXISTS task_defs (
  name TEXT PRIMARY KEY, json TEXT NOT NULL, create_time INTEGER, update_time INTEGER);
CREATE TABLE IF NOT EXISTS event_handlers (
  name TEXT PRIMARY KEY, event TEXT NOT NULL, active INTEGER NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS event_handlers_event ON event_handlers (event);
CREATE TABLE IF NOT EXISTS workflows (
  workflow_id TEXT PRIMARY KEY, name TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL,
  correlation_id TEXT, priority INTEGER, start_time INTEGER, end_time INTEGER, update_time INTEGER,
  parent_workflow_id TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS workflows_name_status ON workflows (name, status);
CREATE INDEX IF NOT EXISTS workflows_status ON workflows (status);
CREATE INDEX IF NOT EXISTS workflows_correlation ON workflows (correlation_id);
CREATE INDEX IF NOT EXISTS workflows_parent ON workflows (parent_workflow_id);
CREATE INDEX IF NOT EXISTS workflows_start ON workflows (start_time);
CREATE TABLE IF NOT EXISTS tasks (
  task_id TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, ref_name TEXT NOT NULL, seq INTEGER NOT NULL,
  status TEXT NOT NULL, task_type TEXT NOT NULL, task_def_name TEXT, start_time INTEGER, end_time INTEGER,
  update_time INTEGER, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tasks_workflow ON tasks (workflow_id, seq);
CREATE INDEX IF NOT EXISTS tasks_status ON tasks (status);
CREATE TABLE IF NOT EXISTS queue (
  queue_name TEXT NOT NULL, message_id TEXT NOT NULL, visible_at INTEGER NOT NULL, priority INTEGER NOT NULL,
  PRIMARY KEY (queue_name, message_id));
CREATE INDEX IF NOT EXISTS queue_pop ON queue (queue_name, visible_at);
CREATE INDEX IF NOT EXISTS queue_message ON queue (message_id);
CREATE TABLE IF NOT EXISTS task_logs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, log TEXT NOT NULL, created_time INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS task_logs_task ON task_logs (task_id);
CREATE TABLE IF NOT EXISTS poll_data (
  queue_name TEXT NOT NULL, domain TEXT NOT NULL, worker_id TEXT, last_poll_time INTEGER NOT NULL,
  PRIMARY KEY (queue_name, domain));
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Creates missing tables; refuses a database written by a newer schema rather than misreading it. */
export function migrate(db: SqliteDatabase): void {
  const found = Number(db.get('PRAGMA user_version')?.['user_version'] ?? 0);
  if (found > SCHEMA_VERSION) {
    throw new Error(
      `The engine database has schema version ${found}, newer than this engine's ${SCHEMA_VERSION}: ` +
        'update the extension or use another data directory.',
    );
  }
  db.transaction(() => {
    db.exec(DDL);
    db.exec(`PRAGMA user_version=${SCHEMA_VERSION}`);
  });
}
