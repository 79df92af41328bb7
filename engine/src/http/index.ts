/**
 * The engine's HTTP layer: router, request/reply helpers and Conductor-mapped errors.
 */
export { createRouter } from './router';
export type { Handler, HttpMethod, Router, RouterOptions } from './router';
export type { RunningServer } from './listen';
export { ApiRequest } from './apiRequest';
export { QueryParams } from './queryParams';
export { json, text, empty, noContent } from './reply';
export type { Reply } from './reply';
export {
  ApiError,
  BadRequestError,
  ConflictError,
  IllegalStateError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
} from './errors';
export { toErrorResponse } from './errorResponse';
