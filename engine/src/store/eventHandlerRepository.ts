/**
 * Event handlers, keyed by name (reference/conductor.md §1.9, §3.4).
 */
import type { EventHandler } from '../../../common/src/model';
import { fromJson } from './rows';
import type { SqliteDatabase } from './sqliteDatabase';

/** Stores event handlers as JSON, indexed by event for lookups on incoming messages. */
export class EventHandlerRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** The handler named `name`, or undefined. */
  get(name: string): EventHandler | undefined {
    const row = this.db.get('SELECT json FROM event_handlers WHERE name = ?', [name]);
    return row ? fromJson<EventHandler>(row) : undefined;
  }

  /** Inserts or replaces a handler. */
  put(handler: EventHandler): void {
    this.db.run('INSERT OR REPLACE INTO event_handlers (name, event, active, json) VALUES (?, ?, ?, ?)', [
      handler.name,
      handler.event,
      handler.active === true ? 1 : 0,
      JSON.stringify(handler),
    ]);
  }

  /** Every handler, by name. */
  list(): EventHandler[] {
    return this.db.all('SELECT json FROM event_handlers ORDER BY name').map((row) => fromJson<EventHandler>(row));
  }

  /** The handlers listening on `event`; only active ones when `activeOnly`. */
  listForEvent(event: string, activeOnly: boolean): EventHandler[] {
    const sql = activeOnly
      ? 'SELECT json FROM event_handlers WHERE event = ? AND active = 1 ORDER BY name'
      : 'SELECT json FROM event_handlers WHERE event = ? ORDER BY name';
    return this.db.all(sql, [event]).map((row) => fromJson<EventHandler>(row));
  }

  /** Deletes a handler; false when it did not exist. */
  delete(name: string): boolean {
    return this.db.run('DELETE FROM event_handlers WHERE name = ?', [name]) > 0;
  }
}
