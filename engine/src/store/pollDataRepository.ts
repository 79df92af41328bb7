/**
 * Last poll per queue and domain (reference/conductor.md §1.8 `PollData`, §3.3 `/tasks/queue/polldata`).
 */
import type { PollData } from '../../../common/src/model';
import type { Row, SqliteDatabase } from './sqliteDatabase';

function toPollData(row: Row): PollData {
  const data: PollData = { queueName: String(row['queue_name']), lastPollTime: Number(row['last_poll_time']) };
  const domain = String(row['domain']);
  if (domain !== '') data.domain = domain;
  if (row['worker_id'] !== null && row['worker_id'] !== undefined) data.workerId = String(row['worker_id']);
  return data;
}

/** Records polls; one row per (queue, domain), the last poll wins. */
export class PollDataRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** Records a poll of `queueName` (the task type) in `domain` (absent = no domain). */
  record(data: PollData): void {
    this.db.run(
      'INSERT OR REPLACE INTO poll_data (queue_name, domain, worker_id, last_poll_time) VALUES (?, ?, ?, ?)',
      [data.queueName, data.domain ?? '', data.workerId ?? null, data.lastPollTime],
    );
  }

  /** Poll data of one task type across domains. */
  list(queueName: string): PollData[] {
    return this.db
      .all('SELECT * FROM poll_data WHERE queue_name = ? ORDER BY domain', [queueName])
      .map((row) => toPollData(row));
  }

  /** Poll data of every queue. */
  all(): PollData[] {
    return this.db.all('SELECT * FROM poll_data ORDER BY queue_name, domain').map((row) => toPollData(row));
  }
}
