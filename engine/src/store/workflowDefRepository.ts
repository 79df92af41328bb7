/**
 * Workflow definitions, keyed by name and version (reference/conductor.md §1.2, §3.1).
 */
import type { WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import { fromJson, optionalNumber } from './rows';
import type { SqliteDatabase } from './sqliteDatabase';

/** Stores workflow definitions as JSON; `version` defaults to 1 as in Conductor. */
export class WorkflowDefRepository {
  constructor(private readonly db: SqliteDatabase) {}

  /** The given version, or the latest (highest) version when `version` is undefined. */
  get(name: string, version?: number): WorkflowDef | undefined {
    const row =
      version === undefined
        ? this.db.get('SELECT json FROM workflow_defs WHERE name = ? ORDER BY version DESC LIMIT 1', [name])
        : this.db.get('SELECT json FROM workflow_defs WHERE name = ? AND version = ?', [name, version]);
    return row ? fromJson<WorkflowDef>(row) : undefined;
  }

  /** Whether that name and version exist. */
  has(name: string, version: number): boolean {
    return (
      this.db.get('SELECT 1 AS x FROM workflow_defs WHERE name = ? AND version = ?', [name, version]) !== undefined
    );
  }

  /** Inserts or replaces a definition; its `version` (default 1) and audit times are stored as given. */
  put(def: WorkflowDef): void {
    this.db.run(
      'INSERT OR REPLACE INTO workflow_defs (name, version, json, create_time, update_time) VALUES (?, ?, ?, ?, ?)',
      [def.name, def.version ?? 1, JSON.stringify(def), def.createTime ?? null, def.updateTime ?? null],
    );
  }

  /** Every version of every definition, by name then version. */
  list(): WorkflowDef[] {
    return this.db
      .all('SELECT json FROM workflow_defs ORDER BY name, version')
      .map((row) => fromJson<WorkflowDef>(row));
  }

  /** The latest version of each definition, by name. */
  listLatest(): WorkflowDef[] {
    const sql =
      'SELECT d.json FROM workflow_defs d JOIN (SELECT name, MAX(version) AS v FROM workflow_defs GROUP BY name) m ' +
      'ON d.name = m.name AND d.version = m.v ORDER BY d.name';
    return this.db.all(sql).map((row) => fromJson<WorkflowDef>(row));
  }

  /** Summaries of every version of `name` (all names when undefined), by name then version. */
  summaries(name?: string): WorkflowDefSummary[] {
    const rows =
      name === undefined
        ? this.db.all('SELECT name, version, create_time, update_time FROM workflow_defs ORDER BY name, version')
        : this.db.all(
            'SELECT name, version, create_time, update_time FROM workflow_defs WHERE name = ? ORDER BY version',
            [name],
          );
    return rows.map((row) => {
      const summary: WorkflowDefSummary = { name: String(row['name']), version: Number(row['version']) };
      const createTime = optionalNumber(row, 'create_time');
      const updateTime = optionalNumber(row, 'update_time');
      if (createTime !== undefined) summary.createTime = createTime;
      if (updateTime !== undefined) summary.updateTime = updateTime;
      return summary;
    });
  }

  /** Distinct names, sorted. */
  names(): string[] {
    return this.db.all('SELECT DISTINCT name FROM workflow_defs ORDER BY name').map((row) => String(row['name']));
  }

  /** Deletes one version; false when it did not exist. */
  delete(name: string, version: number): boolean {
    return this.db.run('DELETE FROM workflow_defs WHERE name = ? AND version = ?', [name, version]) > 0;
  }
}
