/**
 * The one error type of the REST client. A non-2xx answer carries Conductor's `ErrorResponse` fields
 * (reference/conductor.md §1.8, §2.6); a request that never got an answer has status 0.
 */
import type { ValidationError } from '../../../common/src/model';

/** What the client knows about a failed request. */
export interface ApiErrorDetails {
  /** HTTP status, or 0 when the server could not be reached or did not answer in time. */
  status: number;
  method: string;
  /** Path below the base URL, e.g. `/api/metadata/workflow`. */
  path: string;
  /** The server's own message (ErrorResponse.message or a trimmed text body); empty when there was none. */
  serverMessage: string;
  validationErrors?: ValidationError[];
  /** The decoded body: the ErrorResponse object, the text, or undefined. */
  body?: unknown;
  /** Why a status-0 request failed: `refused`, `timeout`, `dns`, `aborted`, `network`. */
  reason?: NetworkFailure;
}

/** Why a request got no answer. */
export type NetworkFailure = 'refused' | 'timeout' | 'dns' | 'aborted' | 'network';

/** A failed Conductor request; `message` is a full sentence fit for a notification. */
export class ConductorApiError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly serverMessage: string;
  readonly validationErrors?: ValidationError[];
  readonly body?: unknown;
  readonly reason?: NetworkFailure;

  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    this.name = 'ConductorApiError';
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.serverMessage = details.serverMessage;
    this.validationErrors = details.validationErrors;
    this.body = details.body;
    this.reason = details.reason;
  }

  /** True when the server answered 404 (no such definition, execution or task). */
  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** True when the server answered 409 (e.g. a definition that exists, registered without overwrite). */
  get isConflict(): boolean {
    return this.status === 409;
  }

  /** True when no answer came back (server down, DNS, timeout). */
  get isUnreachable(): boolean {
    return this.status === 0;
  }
}

/** One line of text for any thrown value, for user-facing messages and logs. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
