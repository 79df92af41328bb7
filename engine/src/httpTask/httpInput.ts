/**
 * The HTTP task's request, read from the task input as `HttpTask.Input` is bound by Jackson (reference/conductor.md
 * §1.11): from `http_request` when present, else from the task input itself; `accept` may be a string or a list;
 * timeouts may arrive as numeric strings (Jackson coerces them).
 */

/** A request ready to send. */
export interface HttpRequestSpec {
  uri: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  accept: string[];
  contentType: string;
  connectionTimeOut: number;
  readTimeOut: number;
}

/** `HttpTask.MISSING_URI`-style reasons, copied exactly (two spaces included). */
export const MISSING_URI = 'Missing HTTP URI.  See documentation for HttpTask for required input parameters';
/** The task has a URI but no method. */
export const MISSING_METHOD = 'No HTTP method specified';

const JSON_TYPE = 'application/json';
const DEFAULT_TIMEOUT_MS = 3000;

/** Builds the request from the task input, or returns the reason the task fails without a call. */
export function readHttpInput(taskInput: Record<string, unknown>): HttpRequestSpec | { error: string } {
  const raw = taskInput['http_request'] ?? taskInput;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { error: `'http_request' must be an object with uri and method, got ${JSON.stringify(raw)}` };
  }
  const request = raw as Record<string, unknown>;
  const uri = request['uri'];
  if (uri === undefined || uri === null) return { error: MISSING_URI };
  const method = request['method'];
  if (method === undefined || method === null) return { error: MISSING_METHOD };
  const connectionTimeOut = timeout(request['connectionTimeOut'], 'connectionTimeOut');
  const readTimeOut = timeout(request['readTimeOut'], 'readTimeOut');
  if (typeof connectionTimeOut === 'string') return { error: connectionTimeOut };
  if (typeof readTimeOut === 'string') return { error: readTimeOut };
  return {
    uri: text(uri),
    method: text(method),
    headers: headerValues(request['headers']),
    body: request['body'] ?? null,
    accept: acceptList(request['accept']),
    contentType: typeof request['contentType'] === 'string' ? request['contentType'] : JSON_TYPE,
    connectionTimeOut,
    readTimeOut,
  };
}

/** Jackson binds numbers and booleans to a String field by their text; other shapes are shown as JSON. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** Header values are sent with Java's `toString`; null values are skipped, as `HttpTask.httpCall` does. */
function headerValues(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof headers !== 'object' || headers === null) return result;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === null || value === undefined) continue;
    result[key] = text(value);
  }
  return result;
}

function acceptList(accept: unknown): string[] {
  if (typeof accept === 'string') return [accept];
  if (Array.isArray(accept)) return accept.map((item) => text(item));
  return [JSON_TYPE];
}

function timeout(value: unknown, name: string): number | string {
  if (value === undefined || value === null) return DEFAULT_TIMEOUT_MS;
  const ms = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof ms === 'number' && Number.isInteger(ms) && ms >= 0) return ms;
  return `'${name}' must be a whole number of milliseconds, got ${JSON.stringify(value)}`;
}
