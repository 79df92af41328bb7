/**
 * The one list of what a Conductor server adds to a definition on its own, shared by the "differs from registered"
 * lens (registry/normalizeDefinition) and the Compare view (serverDefaults, definitionText), so both agree on what is
 * a difference. A server stamps audit fields (§1.1 `Auditable`, plus Orkes' `accessPolicy` and a schedule's
 * computed next run) and writes every field with its default (§1.2, §1.3, §1.5). Pure: no `vscode` import.
 */
import type { DocumentKind } from './definitionKind';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** Fields the server sets on save, whatever the file says; a local file never needs them and never differs by them. */
export const SERVER_STAMPED_FIELDS: ReadonlySet<string> = new Set([
  'createTime',
  'updateTime',
  'createdBy',
  'updatedBy',
  'ownerApp',
  'accessPolicy',
  'updatedTime',
  'nextRunTime',
]);

/** Non-zero defaults at the top level of each kind (zero values are defaults everywhere, see `isZero`). */
export const TOP_LEVEL_DEFAULTS: Readonly<Record<DocumentKind, Readonly<Record<string, unknown>>>> = {
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

/** Non-zero defaults of a workflow task (§1.3): a task without `type` is SIMPLE. */
export const TASK_DEFAULTS: Readonly<Record<string, unknown>> = { type: 'SIMPLE' };

/** What a server writes for an absent field without a default: null, false, 0, '', [] or {}. */
export function isZero(value: unknown): boolean {
  if (value === false || value === 0 || value === '' || value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/**
 * True when `value` of `key` is what the server would have written had the field been left out: its default when it
 * has one (so `restartable: false` is a choice, not a zero), else a zero value.
 */
export function isServerDefault(key: string, value: unknown, defaults: Readonly<Record<string, unknown>>): boolean {
  return key in defaults ? defaults[key] === value : isZero(value);
}

/**
 * `registered` with its stamped fields taken from `local`: the ones `local` writes get its values, the others go
 * (top level; a list element by element). The server overwrites them on every save (§1.1: `createTime` on register,
 * `updateTime` on update, the rest from the caller's identity), so a file that writes them, as one copied from the
 * Conductor UI does, could never match: both the lens and Compare ignore them.
 */
export function withLocalStampedFields(registered: unknown, local: unknown): unknown {
  if (Array.isArray(registered)) {
    return registered.map((item: unknown, i) =>
      withLocalStampedFields(item, Array.isArray(local) ? local[i] : undefined),
    );
  }
  if (!isObject(registered)) return registered;
  const written = isObject(local) ? local : {};
  const kept = Object.entries(registered).filter(([key]) => !SERVER_STAMPED_FIELDS.has(key));
  const stamped = Object.entries(written).filter(([key]) => SERVER_STAMPED_FIELDS.has(key));
  return Object.fromEntries([...kept, ...stamped]);
}
