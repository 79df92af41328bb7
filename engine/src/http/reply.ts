/**
 * What a handler returns, and the helpers that build it. Content types follow Conductor's REST layer
 * (reference/conductor.md §3, clients doc §6 items 2–4): JSON bodies, `text/plain` ids, empty 200s with
 * `Content-Length: 0`, and 204s.
 */

/** A complete answer: status, optional content type and body text. */
export interface Reply {
  readonly status: number;
  readonly contentType?: string;
  readonly body?: string;
}

const JSON_TYPE = 'application/json';
const TEXT_TYPE = 'text/plain;charset=UTF-8';

/** 200 (or `status`) with a JSON body. */
export function json(value: unknown, status = 200): Reply {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(value) };
}

/** 200 with a `text/plain` body, e.g. a workflow or task id (never quoted). */
export function text(value: string): Reply {
  return { status: 200, contentType: TEXT_TYPE, body: value };
}

/** 200 with an empty body and `Content-Length: 0`: Spring's answer for `void` handlers. */
export function empty(): Reply {
  return { status: 200 };
}

/** 204 No Content (restart, retry, empty poll). */
export function noContent(): Reply {
  return { status: 204 };
}
