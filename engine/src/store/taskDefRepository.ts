/**
 * Task definitions, keyed by name (reference/conductor.md §1.5, §3.1).
 */
import type { TaskDef } from '../../../common/src/model';
import { fromJson } from './rows';
import type { SqliteDatabase } from './sqliteDatabase';

/** Stores task definitions as JSON. */
export class TaskDefRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** The definition named `name`, or undefined. */
  get(name: string): TaskDef | undefined {
    const row = this.db.get('SELECT json FROM task_defs WHERE name = ?', [name]);
    return row ? fromJson<TaskDef>(row) : undefined;
  }

  /** Inserts or replaces a definition with its audit times as given. */
  put(def: TaskDef): void {
    this.db.run('INSERT OR REPLACE INTO task_defs (name, json, create_time, update_time) VALUES (?, ?, ?, ?)', [
      def.name,
      JSON.stringify(def),
      def.createTime ?? null,
      def.updateTime ?? null,
    ]);
  }

  /** Every definition, by name. */
  list(): TaskDef[] {
    return this.db.all('SELECT json FROM task_defs ORDER BY name').map((row) => fromJson<TaskDef>(row));
  }

  /** Deletes a definition; false when it did not exist. */
  delete(name: string): boolean {
    return this.db.run('DELETE FROM task_defs WHERE name = ?', [name]) > 0;
  }
}
