/**
 * Schedules of conductor-oss's scheduler module and of Orkes: `/api/scheduler` (see engine/src/schedules/README.md).
 */
import type { WorkflowSchedule } from '../../../common/src/model';
import { ConductorApiError } from './apiError';
import type { HttpClient, RequestOptions } from './http';
import { segment } from './metadataApi';

const BASE = '/api/scheduler';

/** Schedule calls of one server. */
export class ScheduleApi {
  constructor(private readonly http: HttpClient) {}

  /** All schedules, or those of one workflow. */
  list(workflowName?: string): Promise<WorkflowSchedule[]> {
    return this.http.request('GET', `${BASE}/schedules`, { query: { workflowName } });
  }

  /** One schedule; 404 `Schedule '<name>' not found`. */
  get(name: string): Promise<WorkflowSchedule> {
    return this.http.request('GET', `${BASE}/schedules/${segment(name)}`);
  }

  /** Creates or updates by name; resolves with the saved schedule. */
  save(schedule: WorkflowSchedule): Promise<WorkflowSchedule> {
    return this.http.request('POST', `${BASE}/schedules`, { body: schedule });
  }

  /** Removes one (200 also when it does not exist). */
  async delete(name: string): Promise<void> {
    await this.http.request('DELETE', `${BASE}/schedules/${segment(name)}`);
  }

  /** Pauses one; the reason is stored as `pausedReason`. */
  async pause(name: string, reason?: string): Promise<void> {
    await this.putOrGet(`${BASE}/schedules/${segment(name)}/pause`, { query: { reason } });
  }

  /** Resumes one; 404 also when it is not paused. */
  async resume(name: string): Promise<void> {
    await this.putOrGet(`${BASE}/schedules/${segment(name)}/resume`);
  }

  /** The next run times (epoch ms, at most 5) of a cron, for showing a schedule's next runs. */
  nextRuns(cronExpression: string, options: { start?: number; end?: number; limit?: number } = {}): Promise<number[]> {
    return this.http.request('GET', `${BASE}/nextFewSchedules`, {
      query: {
        cronExpression,
        scheduleStartTime: options.start,
        scheduleEndTime: options.end,
        limit: options.limit,
      },
    });
  }

  /** conductor-oss pauses and resumes with PUT, Orkes with GET (405 for PUT); the Orkes Java SDK also tries both. */
  private async putOrGet(path: string, options: RequestOptions = {}): Promise<void> {
    try {
      await this.http.request('PUT', path, options);
    } catch (error) {
      if (!(error instanceof ConductorApiError && error.status === 405)) throw error;
      await this.http.request('GET', path, options);
    }
  }
}
