/**
 * Task reads (`/api/tasks`, reference/conductor.md §3.3) and server health (§3.4).
 */
import type { HealthCheckStatus, Task, TaskExecLog } from '../../../common/src/model';
import { ConductorApiError } from './apiError';
import type { HttpClient } from './http';
import { segment } from './metadataApi';

/** Task and health calls of one server. */
export class TaskApi {
  constructor(private readonly http: HttpClient) {}

  /** One task by id; 404 when unknown (Conductor before v3.21.20 answers 204 instead, reported as the same 404). */
  async get(taskId: string): Promise<Task> {
    const path = `/api/tasks/${segment(taskId)}`;
    const task = await this.http.request<Task | undefined>('GET', path);
    if (task !== undefined) return task;
    const serverMessage = `Task not found for taskId: ${taskId}`;
    throw new ConductorApiError(`GET ${path} answered 204 No Content: ${serverMessage}.`, {
      status: 404,
      method: 'GET',
      path,
      serverMessage,
    });
  }

  /** The task's log lines; Conductor answers 204 when there are none. */
  async logs(taskId: string): Promise<TaskExecLog[]> {
    return (await this.http.request<TaskExecLog[] | undefined>('GET', `/api/tasks/${segment(taskId)}/log`)) ?? [];
  }
}

/** `GET /health` (§3.4); Conductor OSS and the local engine answer `{healthy: true, …}`. */
export async function health(http: HttpClient, timeoutMs?: number): Promise<HealthCheckStatus> {
  return http.request<HealthCheckStatus>('GET', '/health', { timeoutMs });
}
