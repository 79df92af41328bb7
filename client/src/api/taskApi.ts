/**
 * Task reads (`/api/tasks`, reference/conductor.md §3.3) and server health (§3.4).
 */
import type { HealthCheckStatus, Task, TaskExecLog } from '../../../common/src/model';
import type { HttpClient } from './http';
import { segment } from './metadataApi';

/** Task and health calls of one server. */
export class TaskApi {
  constructor(private readonly http: HttpClient) {}

  /** One task by id; 404 when unknown. */
  get(taskId: string): Promise<Task> {
    return this.http.request('GET', `/api/tasks/${segment(taskId)}`);
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
