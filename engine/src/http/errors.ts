/**
 * The errors a handler throws to answer with a Conductor status code (reference/conductor.md §3 "Errors"). The
 * router maps them to an `ErrorResponse` in one place (`errorResponse.ts`); anything else becomes a 500, as in Conductor.
 */
import type { ValidationError } from '../../../common/src/model';

/** Base of every error with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: Conductor's `NotFoundException`. */
export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, message);
  }
}

/** 409: Conductor's `ConflictException` (duplicates, operations on ended workflows). */
export class ConflictError extends ApiError {
  constructor(message: string) {
    super(409, message);
  }
}

/** 400: `IllegalArgumentException` or a bean-validation failure (then with `validationErrors`, §2.6). */
export class BadRequestError extends ApiError {
  constructor(
    message: string,
    readonly validationErrors?: ValidationError[],
  ) {
    super(400, message);
  }
}

/**
 * 500: Conductor does not map `IllegalStateException` (resume a non-paused workflow, skip in a non-running one),
 * so real servers answer 500 there (§0.8); we keep that status for fidelity but give the same clear message.
 */
export class IllegalStateError extends ApiError {
  constructor(message: string) {
    super(500, message);
  }
}

/** 405: a known path with a method it does not support (Spring's `HttpRequestMethodNotSupportedException`). */
export class MethodNotAllowedError extends ApiError {
  constructor(
    method: string,
    readonly allowed: readonly string[],
  ) {
    super(405, `Request method '${method}' is not supported; use ${allowed.join(' or ')}.`);
  }
}

/** 413: a request body above the router's limit (Conductor maps `FileStorageException` to 413 too). */
export class PayloadTooLargeError extends ApiError {
  constructor(limit: number) {
    super(413, `The request body is larger than the limit of ${limit} bytes: send a smaller payload.`);
  }
}
