/**
 * Workflow executions (reference/conductor.md §1.6). The workflow row holds the execution without its tasks;
 * tasks live in their own table (see TaskRepository) so a task update rewrites one small row.
 */
import type { WorkflowStatus } from '../../../common/src/status';
import type { Workflow } from '../../../common/src/model';
import { fromJson } from './rows';
import type { SearchPage, SearchQuery } from './searchQuery';
import { andWhere, pageValues, toSql } from './searchQuery';
import type { SqliteDatabase } from './sqliteDatabase';
import { TASK_SEARCH_COLUMNS, type TaskSearchField } from './taskRepository';

/** The searchable workflow fields (§3.2 search grammar) and their columns. */
export const WORKFLOW_SEARCH_COLUMNS = {
  workflowId: 'workflow_id',
  workflowType: 'name',
  version: 'version',
  status: 'status',
  correlationId: 'correlation_id',
  priority: 'priority',
  startTime: 'start_time',
  endTime: 'end_time',
  updateTime: 'update_time',
  parentWorkflowId: 'parent_workflow_id',
} as const;

/** A field name accepted by `WorkflowRepository.search`. */
export type WorkflowSearchField = keyof typeof WORKFLOW_SEARCH_COLUMNS;

/** Free text also finds the executions holding a task with exactly that id (task ids are not in the run's JSON). */
const FREE_TEXT_TASK_ID = 'workflow_id IN (SELECT workflow_id FROM tasks WHERE task_id = ?)';

/** Stores executions; `put` is an upsert and never stores `tasks`. */
export class WorkflowRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** The execution without `tasks`, or undefined. */
  get(workflowId: string): Workflow | undefined {
    const row = this.db.get('SELECT json FROM workflows WHERE workflow_id = ?', [workflowId]);
    return row ? fromJson<Workflow>(row) : undefined;
  }

  /** Inserts or replaces an execution (its `tasks`, if any, are not stored here). */
  put(workflow: Workflow): void {
    const { tasks: _tasks, ...rest } = workflow;
    this.db.run(
      'INSERT OR REPLACE INTO workflows (workflow_id, name, version, status, correlation_id, priority, start_time, ' +
        'end_time, update_time, parent_workflow_id, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        workflow.workflowId,
        workflow.workflowName ?? workflow.workflowDefinition?.name ?? '',
        workflow.workflowVersion ?? workflow.workflowDefinition?.version ?? 1,
        workflow.status,
        workflow.correlationId ?? null,
        workflow.priority ?? 0,
        workflow.startTime ?? workflow.createTime ?? null,
        workflow.endTime ?? null,
        workflow.updateTime ?? null,
        workflow.parentWorkflowId ?? null,
        JSON.stringify(rest),
      ],
    );
  }

  /** Deletes the execution, its tasks, their logs and their queue messages; false when it did not exist. */
  delete(workflowId: string): boolean {
    return this.db.transaction(() => {
      const ids = [workflowId];
      this.db.run('DELETE FROM task_logs WHERE task_id IN (SELECT task_id FROM tasks WHERE workflow_id = ?)', ids);
      this.db.run('DELETE FROM queue WHERE message_id IN (SELECT task_id FROM tasks WHERE workflow_id = ?)', ids);
      this.db.run('DELETE FROM tasks WHERE workflow_id = ?', ids);
      return this.db.run('DELETE FROM workflows WHERE workflow_id = ?', ids) > 0;
    });
  }

  /** Ids of executions in `status`, oldest first (e.g. RUNNING ones to resume sweeping after a restart). */
  idsByStatus(status: WorkflowStatus): string[] {
    return this.db
      .all('SELECT workflow_id FROM workflows WHERE status = ? ORDER BY start_time, rowid', [status])
      .map((row) => String(row['workflow_id']));
  }

  /** Ids of RUNNING executions of `name` at `version`, optionally started within [startTime, endTime] (§3.2). */
  runningIds(name: string, version: number, startTime?: number, endTime?: number): string[] {
    const range = startTime !== undefined && endTime !== undefined;
    const sql =
      "SELECT workflow_id FROM workflows WHERE name = ? AND version = ? AND status = 'RUNNING'" +
      (range ? ' AND start_time >= ? AND start_time <= ?' : '') +
      ' ORDER BY start_time, rowid';
    const values = range ? [name, version, startTime, endTime] : [name, version];
    return this.db.all(sql, values).map((row) => String(row['workflow_id']));
  }

  /** Executions of `name` with `correlationId`; only RUNNING/PAUSED ones unless `includeClosed` (§3.2). */
  byCorrelationId(name: string, correlationId: string, includeClosed: boolean): Workflow[] {
    const sql =
      'SELECT json FROM workflows WHERE name = ? AND correlation_id = ?' +
      (includeClosed ? '' : " AND status IN ('RUNNING', 'PAUSED')") +
      ' ORDER BY start_time, rowid';
    return this.db.all(sql, [name, correlationId]).map((row) => fromJson<Workflow>(row));
  }

  /** Ids of the executions started as sub-workflows of `parentWorkflowId`. */
  childIds(parentWorkflowId: string): string[] {
    return this.db
      .all('SELECT workflow_id FROM workflows WHERE parent_workflow_id = ? ORDER BY rowid', [parentWorkflowId])
      .map((row) => String(row['workflow_id']));
  }

  /**
   * One page of executions (without tasks) matching `query`, and the total count of matches. With `tasks`, only
   * executions holding at least one task that meets all of its conditions and free text count.
   */
  search(query: SearchQuery<WorkflowSearchField>, tasks?: SearchQuery<TaskSearchField>): SearchPage<Workflow> {
    let parts = toSql(query, WORKFLOW_SEARCH_COLUMNS, FREE_TEXT_TASK_ID);
    if (tasks) {
      const filter = toSql(tasks, TASK_SEARCH_COLUMNS);
      parts = andWhere(parts, `workflow_id IN (SELECT workflow_id FROM tasks ${filter.where})`, filter.values);
    }
    const values = pageValues(parts, query);
    const rows = this.db.all(
      `SELECT json FROM workflows ${parts.where} ${parts.orderBy} LIMIT ? OFFSET ?`,
      values.page,
    );
    const count = this.db.get(`SELECT COUNT(*) AS n FROM workflows ${parts.where}`, values.count);
    return { totalHits: Number(count?.['n'] ?? 0), results: rows.map((row) => fromJson<Workflow>(row)) };
  }
}
