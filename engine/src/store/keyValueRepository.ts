/**
 * A small durable key-value map for engine bookkeeping that fits no entity table (e.g. idempotency keys,
 * execute `requestId`s). Values are JSON.
 */
import type { SqliteDatabase } from './sqliteDatabase';

/** JSON values by string key. */
export class KeyValueRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** The value stored under `key`, or undefined. */
  get<T>(key: string): T | undefined {
    const row = this.db.get('SELECT value FROM kv WHERE key = ?', [key]);
    return row ? (JSON.parse(String(row['value'])) as T) : undefined;
  }

  /** Stores `value` (any JSON-serializable value) under `key`. */
  put(key: string, value: unknown): void {
    this.db.run('INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)', [key, JSON.stringify(value)]);
  }

  /** Deletes `key`; false when absent. */
  delete(key: string): boolean {
    return this.db.run('DELETE FROM kv WHERE key = ?', [key]) > 0;
  }
}
