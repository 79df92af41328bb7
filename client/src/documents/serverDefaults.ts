/**
 * For comparisons only: drops what the server filled in. Conductor returns every field with its default (§1.2,
 * §1.3, §1.5: `optional: false`, `startDelay: 0`, `restartable: true`, `retryCount: 3` …), so a file that leaves
 * them out would "differ" on every line. A key the local file lacks is dropped when its value is such a default;
 * a key the file has, or a non-default value, stays: those are real differences. Pure: no `vscode` import.
 */
import type { DocumentKind } from './definitionKind';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** Non-zero defaults at the top level of each kind (zero values are defaults everywhere, see `isZero`). */
const TOP_LEVEL_DEFAULTS: Readonly<Record<DocumentKind, Readonly<Record<string, unknown>>>> = {
  workflow: { version: 1, schemaVersion: 2, restartable: true, enforceSchema: true, timeoutPolicy: 'ALERT_ONLY' },
  taskdef: {
    retryCount: 3,
    timeoutPolicy: 'TIME_OUT_WF',
    retryLogic: 'FIXED',
    retryDelaySeconds: 60,
    responseTimeoutSeconds: 3600,
    backoffScaleFactor: 1,
    rateLimitFrequencyInSeconds: 1,
    taskStatusListenerEnabled: true,
  },
  event: {},
  schedule: { zoneId: 'UTC' },
};

/** Non-zero defaults of nested objects (workflow tasks, §1.3). */
const NESTED_DEFAULTS: Readonly<Record<string, unknown>> = { type: 'SIMPLE' };

function isZero(value: unknown): boolean {
  if (value === false || value === 0 || value === '' || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

function strip(value: unknown, model: unknown, defaults: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => strip(item, Array.isArray(model) ? model[i] : undefined, NESTED_DEFAULTS));
  }
  if (!isObject(value)) return value;
  const local = isObject(model) ? model : {};
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A field with a known default is judged by it alone: `restartable: false` is a choice, not a zero.
    const filled = !(key in local) && (key in defaults ? defaults[key] === item : isZero(item));
    if (!filled) kept[key] = strip(item, local[key], NESTED_DEFAULTS);
  }
  return kept;
}

/**
 * The registered definition without the defaults the server added to what the local file (`model`) leaves out; a
 * list (a task-definition file's array) is a list of definitions, each with its kind's top-level defaults.
 */
export function withoutServerDefaults(remote: unknown, model: unknown, kind: DocumentKind): unknown {
  if (!Array.isArray(remote)) return strip(remote, model, TOP_LEVEL_DEFAULTS[kind]);
  return remote.map((item: unknown, i) =>
    strip(item, Array.isArray(model) ? model[i] : undefined, TOP_LEVEL_DEFAULTS[kind]),
  );
}
