/**
 * Durable delay queues: one message per (queue, id), visible from `visible_at`, higher `priority` first.
 * Worker task queues are named as in Conductor (`[domain:]taskType[@namespace][-isolationGroup]`, §3.3); the
 * executor may keep its own internal queues (e.g. workflows to re-decide at a time) in the same table.
 */
import type { SqliteDatabase } from './sqliteDatabase';

/** Options of `push`/`postpone`. */
export interface PushOptions {
  /** Epoch ms from which the message can be popped; default: now. */
  visibleAt?: number;
  /** Higher pops first (workflow priority 0..99); default 0. */
  priority?: number;
}

/** Options of `popVisible`. */
export interface PopOptions {
  /**
   * When set, popped messages stay in the queue, hidden for this many ms (a lease: they come back unless `remove`d,
   * which gives at-least-once delivery). When absent, popped messages are deleted.
   */
  leaseMs?: number;
}

/** Queue operations; every mutation is atomic (one statement or one transaction). */
export class QueueRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** Adds a message unless that id is already in the queue; true when added (never queued twice). */
  push(queueName: string, id: string, options: PushOptions = {}): boolean {
    const sql = 'INSERT OR IGNORE INTO queue (queue_name, message_id, visible_at, priority) VALUES (?, ?, ?, ?)';
    return this.db.run(sql, [queueName, id, options.visibleAt ?? Date.now(), options.priority ?? 0]) > 0;
  }

  /** Adds the message or moves an existing one to a new visibility time (callbackAfterSeconds, retry delays). */
  postpone(queueName: string, id: string, options: PushOptions = {}): void {
    const sql = 'INSERT OR REPLACE INTO queue (queue_name, message_id, visible_at, priority) VALUES (?, ?, ?, ?)';
    this.db.run(sql, [queueName, id, options.visibleAt ?? Date.now(), options.priority ?? 0]);
  }

  /**
   * Takes up to `count` messages visible at `now`, highest priority first, then oldest visibility, then insertion.
   * One transaction: a message goes to one caller only.
   */
  popVisible(queueName: string, count: number, now: number, options: PopOptions = {}): string[] {
    if (count <= 0) return [];
    return this.db.transaction(() => {
      const rows = this.db.all(
        'SELECT message_id FROM queue WHERE queue_name = ? AND visible_at <= ? ' +
          'ORDER BY priority DESC, visible_at, rowid LIMIT ?',
        [queueName, now, count],
      );
      const ids = rows.map((row) => String(row['message_id']));
      for (const id of ids) {
        if (options.leaseMs === undefined) this.remove(queueName, id);
        else this.postpone(queueName, id, { visibleAt: now + options.leaseMs });
      }
      return ids;
    });
  }

  /** Removes a message (acknowledge, cancel); false when absent. */
  remove(queueName: string, id: string): boolean {
    return this.db.run('DELETE FROM queue WHERE queue_name = ? AND message_id = ?', [queueName, id]) > 0;
  }

  /** Removes a message id from whatever queue holds it; returns how many were removed. */
  removeEverywhere(id: string): number {
    return this.db.run('DELETE FROM queue WHERE message_id = ?', [id]);
  }

  /** Whether the id is in the queue (visible or not). */
  contains(queueName: string, id: string): boolean {
    return (
      this.db.get('SELECT 1 AS x FROM queue WHERE queue_name = ? AND message_id = ?', [queueName, id]) !== undefined
    );
  }

  /** Number of messages in the queue, visible or not (as Conductor's queue size). */
  size(queueName: string): number {
    return Number(this.db.get('SELECT COUNT(*) AS n FROM queue WHERE queue_name = ?', [queueName])?.['n'] ?? 0);
  }

  /** Size of every non-empty queue. */
  all(): Record<string, number> {
    const sizes: Record<string, number> = {};
    for (const row of this.db.all(
      'SELECT queue_name, COUNT(*) AS n FROM queue GROUP BY queue_name ORDER BY queue_name',
    )) {
      sizes[String(row['queue_name'])] = Number(row['n']);
    }
    return sizes;
  }

  /** Ids in the queue in pop order (visible or not), at most `limit`. */
  peek(queueName: string, limit = 100): string[] {
    return this.db
      .all('SELECT message_id FROM queue WHERE queue_name = ? ORDER BY priority DESC, visible_at, rowid LIMIT ?', [
        queueName,
        limit,
      ])
      .map((row) => String(row['message_id']));
  }

  /** The earliest `visible_at` in the queue (all queues when undefined), to arm a timer; undefined when empty. */
  nextVisibleAt(queueName?: string): number | undefined {
    const row =
      queueName === undefined
        ? this.db.get('SELECT MIN(visible_at) AS t FROM queue')
        : this.db.get('SELECT MIN(visible_at) AS t FROM queue WHERE queue_name = ?', [queueName]);
    const value = row?.['t'];
    return value === null || value === undefined ? undefined : Number(value);
  }
}
