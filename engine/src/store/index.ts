/**
 * The engine's durable store (SQLite through node-sqlite3-wasm). See `store.ts`.
 */
export { openStore, DATABASE_FILE } from './store';
export type { Store, StoreOptions } from './store';
export type { Durability } from './sqliteDatabase';
export type { PushOptions, PopOptions } from './queueRepository';
export type { SearchCondition, SearchQuery, SearchPage } from './searchQuery';
export { WORKFLOW_SEARCH_COLUMNS } from './workflowRepository';
export type { WorkflowSearchField } from './workflowRepository';
export { TASK_SEARCH_COLUMNS } from './taskRepository';
export type { TaskSearchField } from './taskRepository';
