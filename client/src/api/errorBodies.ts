/**
 * Builds `ConductorApiError`s from what came back: Conductor's ErrorResponse JSON (§1.8, §2.6), a plain-text or HTML
 * body (proxies, other servers), or no answer at all (connection refused, DNS, timeout).
 */
import type { ErrorResponse, ValidationError } from '../../../common/src/model';
import { ConductorApiError, type NetworkFailure } from './apiError';

const MAX_TEXT = 300;
const MAX_LISTED_ERRORS = 5;

/** What a request was, for the error's context. */
export interface RequestContext {
  method: string;
  path: string;
  baseUrl: string;
  timeoutMs: number;
}

function isErrorResponse(body: unknown): body is Partial<ErrorResponse> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

function validationErrorsOf(body: Partial<ErrorResponse>): ValidationError[] | undefined {
  const list = body.validationErrors;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return list.filter((entry) => typeof entry === 'object' && entry !== null && typeof entry.message === 'string');
}

/** The server's message from a text body: an HTML page is reduced to its title, anything else trimmed. */
function textMessage(text: string): string {
  const trimmed = text.trim();
  if (/^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    return title ? `an HTML page "${title}"` : 'an HTML page';
  }
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT)}…` : trimmed;
}

function listed(errors: readonly ValidationError[]): string {
  const shown = errors.slice(0, MAX_LISTED_ERRORS).map((error) => `${error.path}: ${error.message}`);
  const more = errors.length > MAX_LISTED_ERRORS ? `; and ${errors.length - MAX_LISTED_ERRORS} more` : '';
  return ` (${shown.join('; ')}${more})`;
}

/** The error for a non-2xx answer whose body was decoded as JSON (`object`) or text (`string`). */
export function httpError(
  context: RequestContext,
  status: number,
  statusText: string,
  body: unknown,
): ConductorApiError {
  let serverMessage = '';
  let validationErrors: ValidationError[] | undefined;
  if (typeof body === 'string') serverMessage = textMessage(body);
  else if (isErrorResponse(body)) {
    serverMessage = typeof body.message === 'string' ? body.message : '';
    validationErrors = validationErrorsOf(body);
  }
  const what = `${context.method} ${context.path} failed with ${status}${statusText ? ` ${statusText}` : ''}`;
  const said = serverMessage ? `: ${serverMessage}` : '.';
  const details = validationErrors ? listed(validationErrors) : '';
  const hint = status >= 500 ? ' The server had a problem; see its log.' : '';
  return new ConductorApiError(`${what}${said}${details}${hint}`, {
    status,
    method: context.method,
    path: context.path,
    serverMessage,
    validationErrors,
    body,
  });
}

function failureOf(error: unknown): NetworkFailure {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  if (error instanceof Error && error.name === 'AbortError') return 'aborted';
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (cause instanceof Error && cause.name === 'TimeoutError') return 'timeout';
  return 'network';
}

function networkText(failure: NetworkFailure, context: RequestContext, error: unknown): string {
  const where = `Could not reach ${context.baseUrl}`;
  switch (failure) {
    case 'refused':
      return `${where}: connection refused. Is the server running?`;
    case 'dns':
      return `${where}: the host name could not be resolved. Check the server URL.`;
    case 'timeout':
      return `${where}: ${context.method} ${context.path} got no answer within ${context.timeoutMs / 1000} s. Is the server overloaded or the URL wrong?`;
    case 'aborted':
      return `${context.method} ${context.path} was cancelled.`;
    case 'network': {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : errorText(error);
      return `${where}: ${cause}. Check the server URL and your network.`;
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The status-0 error for a request that got no answer (fetch rejected). */
export function networkError(context: RequestContext, error: unknown): ConductorApiError {
  const reason = failureOf(error);
  return new ConductorApiError(networkText(reason, context, error), {
    status: 0,
    method: context.method,
    path: context.path,
    serverMessage: '',
    reason,
  });
}

/** A 2xx whose body claims JSON but does not parse: not a Conductor answer (a proxy page, a truncated body). */
export function malformedError(context: RequestContext, status: number, text: unknown): ConductorApiError {
  const shown = typeof text === 'string' ? textMessage(text) : '';
  return new ConductorApiError(
    `${context.method} ${context.path} answered ${status} with a body that is not valid JSON: ${shown}. ` +
      `Is ${context.baseUrl} a Conductor server?`,
    { status, method: context.method, path: context.path, serverMessage: shown, body: text },
  );
}
