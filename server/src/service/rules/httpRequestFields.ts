/**
 * What an HTTP task's request must hold when it runs (§1.11): `HttpTask.start` reads `inputParameters.http_request`,
 * or the whole input when there is none, and fails the task without a `uri` ("Missing HTTP URI…") or a `method`
 * ("No HTTP method specified"; there is no default). Registration does not look inside the request (§2.3).
 */
import { suggest } from '../didYouMean';
import { isObject, objectProp } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import type { Finding } from '../types';
import { formatMessage } from './messageFormat';

const MISSING_FIELD = "The HTTP request has no '%s': Conductor fails the task with '%s'.";
const REASONS: Readonly<Record<string, string>> = {
  uri: 'Missing HTTP URI.  See documentation for HttpTask for required input parameters',
  method: 'No HTTP method specified',
};

/**
 * Findings for the request fields of HTTP task `entry`. `templateKeys` are the keys of its task definition's
 * inputTemplate, merged into the input before it runs (§4.3), undefined when unknown. They matter only for the
 * top-level form: a task's own `http_request` replaces the template's whole.
 */
export function httpRequestFindings(
  entry: TaskEntry,
  templateKeys: readonly string[] | undefined,
): Omit<Finding, 'code'>[] {
  const input = objectProp(entry.task, 'inputParameters');
  if (!input) return [];
  const request = input.http_request;
  const own = isObject(request);
  // An expression (resolved at runtime) or a template's http_request: nothing to see here.
  if (request !== undefined && !own) return [];
  if (!own && !Object.hasOwn(input, 'uri') && !Object.hasOwn(input, 'method')) return [];
  if (!own && (templateKeys === undefined || templateKeys.includes('http_request'))) return [];
  const fields = own ? request : input;
  const keys = Object.keys(fields);
  return (
    Object.keys(REASONS)
      .filter((key) => !Object.hasOwn(fields, key) && (own || !templateKeys?.includes(key)))
      // A misspelt key (`url`) is the schema's unknown-property finding already.
      .filter((key) => suggest(key, keys) === undefined)
      .map((key) => ({
        severity: 'error',
        message: formatMessage(MISSING_FIELD, key, REASONS[key] ?? ''),
        path: [...entry.path, 'inputParameters', ...(own ? ['http_request'] : [])],
        target: 'key',
      }))
  );
}
