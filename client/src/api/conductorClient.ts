/**
 * One object per server profile: the area APIs over a shared `HttpClient` with the profile's auth.
 */
import type { HealthCheckStatus } from '../../../common/src/model';
import { OrkesTokenAuth, type AuthConfig } from './auth';
import { EventApi } from './eventApi';
import { ExecutionApi } from './executionApi';
import { HttpClient } from './http';
import { MetadataApi } from './metadataApi';
import { ScheduleApi } from './scheduleApi';
import { TaskApi, health } from './taskApi';

/** A server profile as the client needs it (the secret is read from SecretStorage by the caller). */
export interface ClientOptions {
  /** Profile name, used in auth error messages. */
  profile: string;
  /** `http://host:port`, with or without `/api`. */
  baseUrl: string;
  auth?: AuthConfig;
  /** Per-request timeout in ms (default 15 s). */
  timeoutMs?: number;
}

/** The REST client of one Conductor server. Throws ConductorApiError on every failure. */
export class ConductorClient {
  readonly http: HttpClient;
  readonly metadata: MetadataApi;
  readonly workflows: ExecutionApi;
  readonly tasks: TaskApi;
  readonly events: EventApi;
  readonly schedules: ScheduleApi;

  /** Throws when the base URL is not an http(s) URL. */
  constructor(options: ClientOptions) {
    const plain = new HttpClient({ baseUrl: options.baseUrl, timeoutMs: options.timeoutMs });
    const auth =
      options.auth?.kind === 'orkes'
        ? new OrkesTokenAuth(plain, options.profile, options.auth.keyId, options.auth.keySecret)
        : undefined;
    this.http = auth ? new HttpClient({ baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, auth }) : plain;
    this.metadata = new MetadataApi(this.http);
    this.workflows = new ExecutionApi(this.http);
    this.tasks = new TaskApi(this.http);
    this.events = new EventApi(this.http);
    this.schedules = new ScheduleApi(this.http);
  }

  /** The server's health; a short timeout suits a status-bar probe. */
  health(timeoutMs?: number): Promise<HealthCheckStatus> {
    return health(this.http, timeoutMs);
  }
}
