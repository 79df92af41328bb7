/**
 * The one place where thrown errors become Conductor's `ErrorResponse` (reference/conductor.md §1.8, §2.6, §3):
 * `ApiError`s keep their status; anything else is a 500 with the error's message, as Conductor's
 * `ApplicationExceptionMapper` does for unmapped exceptions.
 */
import { hostname } from 'node:os';
import type { ErrorResponse } from '../../../common/src/model';
import { ApiError, BadRequestError } from './errors';

const INSTANCE = hostname();

/** The status and body for `error`. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof ApiError) {
    const body: ErrorResponse = { status: error.status, message: error.message, instance: INSTANCE, retryable: false };
    if (error instanceof BadRequestError && error.validationErrors) body.validationErrors = error.validationErrors;
    return body;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, message: message || 'Internal error', instance: INSTANCE, retryable: false };
}
