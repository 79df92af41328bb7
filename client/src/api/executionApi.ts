/**
 * Starting and managing executions: `/api/workflow` (reference/conductor.md §3.2).
 */
import type {
  RerunWorkflowRequest,
  ReturnStrategy,
  SearchResult,
  SignalResponse,
  StartWorkflowRequest,
  Workflow,
  WorkflowSummary,
} from '../../../common/src/model';
import type { HttpClient } from './http';
import { segment } from './metadataApi';

const BASE = '/api/workflow';

/** Options of a synchronous execute (`POST /api/workflow/execute/{name}/{version}`). */
export interface ExecuteOptions {
  requestId?: string;
  /** Return as soon as one of these task references is terminal. */
  waitUntilTaskRef?: readonly string[];
  /** Server-side wait (default 10 s); the HTTP timeout is raised to cover it. */
  waitForSeconds?: number;
  returnStrategy?: ReturnStrategy;
}

/** `GET /api/workflow/search` parameters (§3.2 search syntax). */
export interface SearchOptions {
  query?: string;
  freeText?: string;
  /** `field:ASC|DESC`, several joined by `|`. */
  sort?: string;
  start?: number;
  size?: number;
}

/** Execution calls of one server. */
export class ExecutionApi {
  constructor(private readonly http: HttpClient) {}

  /** Starts a workflow (by name/version, or the inline `workflowDef`); resolves with its id. */
  start(request: StartWorkflowRequest): Promise<string> {
    return this.http.request('POST', BASE, { body: request });
  }

  /** Starts and waits (§3.2 execute); `version` absent = latest (sent as 0). */
  execute(request: StartWorkflowRequest, options: ExecuteOptions = {}): Promise<SignalResponse> {
    const wait = options.waitForSeconds ?? 10;
    return this.http.request('POST', `${BASE}/execute/${segment(request.name)}/${request.version ?? 0}`, {
      body: request,
      query: {
        requestId: options.requestId,
        waitUntilTaskRef: options.waitUntilTaskRef?.join(','),
        waitForSeconds: options.waitForSeconds,
        returnStrategy: options.returnStrategy,
      },
      timeoutMs: this.http.timeoutMs + wait * 1000,
    });
  }

  /** One execution, with its tasks unless told otherwise. */
  get(workflowId: string, includeTasks = true): Promise<Workflow> {
    return this.http.request('GET', `${BASE}/${segment(workflowId)}`, { query: { includeTasks } });
  }

  /** Searches executions; newest first unless `sort` says otherwise. */
  search(options: SearchOptions = {}): Promise<SearchResult<WorkflowSummary>> {
    const { query, freeText = '*', sort = 'startTime:DESC', start = 0, size = 20 } = options;
    return this.http.request('GET', `${BASE}/search`, { query: { query, freeText, sort, start, size } });
  }

  /** 409 when the execution has ended. */
  async pause(workflowId: string): Promise<void> {
    await this.http.request('PUT', `${BASE}/${segment(workflowId)}/pause`);
  }

  /** Fails when the execution is not paused. */
  async resume(workflowId: string): Promise<void> {
    await this.http.request('PUT', `${BASE}/${segment(workflowId)}/resume`);
  }

  /** Terminates a running execution; 409 for a completed one. */
  async terminate(workflowId: string, reason?: string): Promise<void> {
    await this.http.request('DELETE', `${BASE}/${segment(workflowId)}`, { query: { reason } });
  }

  /** Restarts a terminal execution from the beginning. */
  async restart(workflowId: string, useLatestDefinitions = false): Promise<void> {
    await this.http.request('POST', `${BASE}/${segment(workflowId)}/restart`, { query: { useLatestDefinitions } });
  }

  /** Retries the last failed task. */
  async retry(workflowId: string, resumeSubworkflowTasks = false): Promise<void> {
    await this.http.request('POST', `${BASE}/${segment(workflowId)}/retry`, { query: { resumeSubworkflowTasks } });
  }

  /** Reruns from a task id (`reRunFromTaskId`, not a reference name) or from the start; resolves with the id. */
  rerun(workflowId: string, request: RerunWorkflowRequest = {}): Promise<string> {
    return this.http.request('POST', `${BASE}/${segment(workflowId)}/rerun`, { body: request });
  }

  /**
   * Skips a task not yet scheduled. An empty SkipTaskRequest is sent as the body, as the SDKs do: Orkes requires it,
   * conductor-oss binds the request from query parameters and ignores a body (§3.2).
   */
  async skipTask(workflowId: string, taskReferenceName: string): Promise<void> {
    const path = `${BASE}/${segment(workflowId)}/skiptask/${segment(taskReferenceName)}`;
    await this.http.request('PUT', path, { body: {} });
  }

  /** Removes the execution (archived by default, as the SDKs do). */
  async delete(workflowId: string, archiveWorkflow = true): Promise<void> {
    await this.http.request('DELETE', `${BASE}/${segment(workflowId)}/remove`, { query: { archiveWorkflow } });
  }
}
