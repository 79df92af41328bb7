/**
 * Task executions (reference/conductor.md §1.7), one row per task, ordered within a workflow by `seq`.
 */
import type { Task } from '../../../common/src/model';
import { fromJson } from './rows';
import type { SearchPage, SearchQuery } from './searchQuery';
import { pageValues, toSql } from './searchQuery';
import type { SqliteDatabase } from './sqliteDatabase';

/** The searchable task fields (§3.2/§3.3 search grammar) and their columns. */
export const TASK_SEARCH_COLUMNS = {
  taskId: 'task_id',
  workflowId: 'workflow_id',
  referenceTaskName: 'ref_name',
  status: 'status',
  taskType: 'task_type',
  taskDefName: 'task_def_name',
  startTime: 'start_time',
  endTime: 'end_time',
  updateTime: 'update_time',
} as const;

/** A field name accepted by `TaskRepository.search`. */
export type TaskSearchField = keyof typeof TASK_SEARCH_COLUMNS;

const UPSERT =
  'INSERT OR REPLACE INTO tasks (task_id, workflow_id, ref_name, seq, status, task_type, task_def_name, ' +
  'start_time, end_time, update_time, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Stores tasks as JSON with their filter columns; `put` is an upsert. */
export class TaskRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** The task, or undefined. */
  get(taskId: string): Task | undefined {
    const row = this.db.get('SELECT json FROM tasks WHERE task_id = ?', [taskId]);
    return row ? fromJson<Task>(row) : undefined;
  }

  /** Inserts or replaces one task. */
  put(task: Task): void {
    this.db.run(UPSERT, [
      task.taskId,
      task.workflowInstanceId,
      task.referenceTaskName,
      task.seq ?? 0,
      task.status,
      task.taskType,
      task.taskDefName ?? task.taskType,
      task.startTime ?? null,
      task.endTime ?? null,
      task.updateTime ?? null,
      JSON.stringify(task),
    ]);
  }

  /** Inserts or replaces several tasks in one transaction. */
  putAll(tasks: readonly Task[]): void {
    this.db.transaction(() => {
      for (const task of tasks) this.put(task);
    });
  }

  /** Every task of a workflow, by `seq` then insertion order. */
  listByWorkflow(workflowId: string): Task[] {
    return this.db
      .all('SELECT json FROM tasks WHERE workflow_id = ? ORDER BY seq, rowid', [workflowId])
      .map((row) => fromJson<Task>(row));
  }

  /** Deletes one task with its logs and queue messages; false when it did not exist. */
  delete(taskId: string): boolean {
    return this.db.transaction(() => {
      this.db.run('DELETE FROM task_logs WHERE task_id = ?', [taskId]);
      this.db.run('DELETE FROM queue WHERE message_id = ?', [taskId]);
      return this.db.run('DELETE FROM tasks WHERE task_id = ?', [taskId]) > 0;
    });
  }

  /** One page of tasks matching `query`, and the total count of matches. */
  search(query: SearchQuery<TaskSearchField>): SearchPage<Task> {
    const parts = toSql(query, TASK_SEARCH_COLUMNS);
    const values = pageValues(parts, query);
    const rows = this.db.all(`SELECT json FROM tasks ${parts.where} ${parts.orderBy} LIMIT ? OFFSET ?`, values.page);
    const count = this.db.get(`SELECT COUNT(*) AS n FROM tasks ${parts.where}`, values.count);
    return { totalHits: Number(count?.['n'] ?? 0), results: rows.map((row) => fromJson<Task>(row)) };
  }
}
