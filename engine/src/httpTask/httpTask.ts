/**
 * The HTTP system task (reference/conductor.md §1.11, `http-task/.../HttpTask.java`), an async system task:
 * - 2xx → COMPLETED (IN_PROGRESS with `asyncComplete`), output `response {body, headers, statusCode, reasonPhrase}`;
 *   the body is parsed as JSON when it is a JSON array/object/number/string, else kept as text.
 * - any other status → FAILED. Spring's RestTemplate throws for 4xx/5xx, so Conductor's reason reads
 *   `Failed to invoke HTTP task due to: java.lang.Exception: 404 Not Found: "<body>"` and output `response` is that
 *   exception text; 1xx/3xx (not followed) keep the response map, with "No response from the remote service".
 * - connection refused, timeouts, bad URIs → FAILED with `… due to: java.lang.Exception: I/O error on GET request
 *   for "<uri>": Read timed out`.
 */
import { STATUS_CODES } from 'node:http';
import { HttpCallError, httpCall, type RawHttpResponse } from './httpCall';
import { readHttpInput, type HttpRequestSpec } from './httpInput';

/** What the task ends with; `output` is merged into the task's outputData. */
export interface HttpTaskOutcome {
  status: 'COMPLETED' | 'IN_PROGRESS' | 'FAILED';
  output: Record<string, unknown>;
  reasonForIncompletion?: string;
}

const NO_RESPONSE = 'No response from the remote service';

/** Performs the request the task input describes; never rejects. */
export async function executeHttpTask(
  taskInput: Record<string, unknown>,
  options: { asyncComplete?: boolean } = {},
): Promise<HttpTaskOutcome> {
  const spec = readHttpInput(taskInput);
  if ('error' in spec) return { status: 'FAILED', output: {}, reasonForIncompletion: spec.error };
  let raw: RawHttpResponse;
  try {
    raw = await httpCall(spec, serialiseBody(spec));
  } catch (error) {
    const detail = error instanceof HttpCallError || error instanceof Error ? error.message : String(error);
    return invokeFailure(`I/O error on ${spec.method} request for "${spec.uri}": ${detail}`);
  }
  const statusCode = raw.statusCode;
  const reasonPhrase = STATUS_CODES[statusCode] ?? '';
  if (statusCode >= 400) return invokeFailure(`${statusCode} ${reasonPhrase}: ${springBody(raw.body)}`);
  const success = statusCode > 199 && statusCode < 300;
  const body = success && raw.body !== '' ? extractBody(raw.body) : null;
  const response = { body, headers: raw.headers, statusCode, reasonPhrase };
  // Conductor reads the body of 2xx responses only, so a 1xx/3xx always has this reason.
  if (!success) return { status: 'FAILED', output: { response }, reasonForIncompletion: NO_RESPONSE };
  const asyncComplete = options.asyncComplete ?? taskInput['asyncComplete'] === true;
  return { status: asyncComplete ? 'IN_PROGRESS' : 'COMPLETED', output: { response } };
}

/** A string body is sent as is (Spring's String converter); anything else as JSON. */
function serialiseBody(spec: HttpRequestSpec): string | undefined {
  if (spec.body === null || spec.body === undefined) return undefined;
  return typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
}

/** `HttpTask.extractBody`: arrays and objects as JSON, numbers as numbers, other JSON nodes as their text. */
export function extractBody(text: string): unknown {
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null) return 'null';
    if (typeof value === 'boolean') return String(value);
    return value;
  } catch {
    return text;
  }
}

/** Spring's error text for a response body: quoted, line breaks shown as <LF>/<CR>, "[no body]" when empty. */
function springBody(body: string): string {
  if (body === '') return '[no body]';
  return `"${body.replace(/\r/g, '<CR>').replace(/\n/g, '<LF>').replace(/\t/g, '<TAB>')}"`;
}

function invokeFailure(message: string): HttpTaskOutcome {
  const text = `java.lang.Exception: ${message}`;
  return {
    status: 'FAILED',
    output: { response: text },
    reasonForIncompletion: `Failed to invoke HTTP task due to: ${text}`,
  };
}
