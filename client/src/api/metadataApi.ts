/**
 * Workflow and task definitions: `/api/metadata` (reference/conductor.md §3.1).
 */
import type { BulkResponse, TaskDef, WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import { ConductorApiError } from './apiError';
import type { HttpClient } from './http';

const WORKFLOW = '/api/metadata/workflow';
const TASK = '/api/metadata/taskdefs';

/** What `readWorkflowVersions` found. */
export interface WorkflowVersionsRead {
  readonly byName: Record<string, WorkflowDefSummary[]>;
  /** Empty unless the server had no names-and-versions and sent every definition instead. */
  readonly defs: WorkflowDef[];
}

/** A path segment; names with `/` or `%` cannot be fetched back through the path (§3.1), so encode them. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** Definition calls of one server. */
export class MetadataApi {
  constructor(private readonly http: HttpClient) {}

  /** All versions of all workflow definitions. */
  listWorkflowDefs(): Promise<WorkflowDef[]> {
    return this.http.request('GET', WORKFLOW);
  }

  /** `{name: [summary per version]}`, lighter than the full list for a tree of names and versions. */
  async workflowNamesAndVersions(): Promise<Record<string, WorkflowDefSummary[]>> {
    return (await this.readWorkflowVersions()).byName;
  }

  /**
   * The names and versions, and the whole definitions when the server had to send them: Orkes and Conductor before
   * v3.10 have no `names-and-versions` (404, or 405), so the full list (all versions, §3.1) stands in for it.
   */
  async readWorkflowVersions(): Promise<WorkflowVersionsRead> {
    try {
      return { byName: await this.http.request('GET', `${WORKFLOW}/names-and-versions`), defs: [] };
    } catch (error) {
      if (!(error instanceof ConductorApiError && (error.status === 404 || error.status === 405))) throw error;
    }
    const defs = await this.listWorkflowDefs();
    const byName: Record<string, WorkflowDefSummary[]> = {};
    for (const { name, version, createTime, updateTime } of defs) {
      (byName[name] ??= []).push({ name, version: version ?? 1, createTime, updateTime });
    }
    return { byName, defs };
  }

  /** One definition; without `version` the latest. 404 when there is none. */
  getWorkflowDef(name: string, version?: number): Promise<WorkflowDef> {
    return this.http.request('GET', `${WORKFLOW}/${segment(name)}`, { query: { version } });
  }

  /**
   * POST: 409 when that name and version exist and `overwrite` is false; 400 with validationErrors (§2.6). Servers
   * before v3.31.2 (§8) ignore `overwrite` and answer 409 all the same: then the definition is replaced with PUT.
   */
  async registerWorkflowDef(def: WorkflowDef, overwrite = false): Promise<void> {
    try {
      await this.http.request('POST', WORKFLOW, { body: def, query: { overwrite } });
    } catch (error) {
      if (!(overwrite && error instanceof ConductorApiError && error.isConflict)) throw error;
      await this.updateWorkflowDefs([def]);
    }
  }

  /** PUT: creates or replaces each definition. */
  updateWorkflowDefs(defs: readonly WorkflowDef[]): Promise<BulkResponse<string> | undefined> {
    return this.http.request('PUT', WORKFLOW, { body: defs });
  }

  /** Server-side validation only; resolves when valid, rejects with the 400 otherwise. */
  async validateWorkflowDef(def: WorkflowDef): Promise<void> {
    await this.http.request('POST', `${WORKFLOW}/validate`, { body: def });
  }

  /** Removes one version. */
  async unregisterWorkflowDef(name: string, version: number): Promise<void> {
    await this.http.request('DELETE', `${WORKFLOW}/${segment(name)}/${segment(version)}`);
  }

  /** All task definitions. */
  listTaskDefs(): Promise<TaskDef[]> {
    return this.http.request('GET', TASK);
  }

  /** One task definition; 404 when unknown. */
  getTaskDef(name: string): Promise<TaskDef> {
    return this.http.request('GET', `${TASK}/${segment(name)}`);
  }

  /** POST a list: creates or replaces each (no 409 for task definitions). */
  async registerTaskDefs(defs: readonly TaskDef[]): Promise<void> {
    await this.http.request('POST', TASK, { body: defs });
  }

  /** PUT one: 404 when it is not registered yet. */
  async updateTaskDef(def: TaskDef): Promise<void> {
    await this.http.request('PUT', TASK, { body: def });
  }

  /** Removes a task definition. */
  async unregisterTaskDef(name: string): Promise<void> {
    await this.http.request('DELETE', `${TASK}/${segment(name)}`);
  }
}
