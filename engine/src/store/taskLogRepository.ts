/**
 * Task execution logs (reference/conductor.md §1.8 `TaskExecLog`, §3.3 `/tasks/{taskId}/log`).
 */
import type { TaskExecLog } from '../../../common/src/model';
import type { SqliteDatabase } from './sqliteDatabase';

/** Appends and lists log lines per task. */
export class TaskLogRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** Appends one log line. */
  add(log: TaskExecLog): void {
    this.db.run('INSERT INTO task_logs (task_id, log, created_time) VALUES (?, ?, ?)', [
      log.taskId,
      log.log,
      log.createdTime,
    ]);
  }

  /** The task's logs in the order they were added. */
  list(taskId: string): TaskExecLog[] {
    return this.db
      .all('SELECT log, created_time FROM task_logs WHERE task_id = ? ORDER BY id', [taskId])
      .map((row) => ({ log: String(row['log']), taskId, createdTime: Number(row['created_time']) }));
  }
}
