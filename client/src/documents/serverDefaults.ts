/**
 * For comparisons only: drops what the server filled in. Conductor returns every field with its default (§1.2,
 * §1.3, §1.5: `optional: false`, `startDelay: 0`, `restartable: true`, `retryCount: 3` …), so a file that leaves
 * them out would "differ" on every line. A key the local file lacks is dropped when its value is such a default;
 * a key the file has, or a non-default value, stays: those are real differences. The defaults are serverSetFields',
 * shared with the "differs" lens. Pure: no `vscode` import.
 */
import type { DocumentKind } from './definitionKind';
import { TASK_DEFAULTS, TOP_LEVEL_DEFAULTS, isServerDefault } from './serverSetFields';
import { isObject } from '../../../server/src/service/model/jsonValue';

function strip(value: unknown, model: unknown, defaults: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => strip(item, Array.isArray(model) ? model[i] : undefined, TASK_DEFAULTS));
  }
  if (!isObject(value)) return value;
  const local = isObject(model) ? model : {};
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A field with a known default is judged by it alone: `restartable: false` is a choice, not a zero.
    const filled = !(key in local) && isServerDefault(key, item, defaults);
    if (!filled) kept[key] = strip(item, local[key], TASK_DEFAULTS);
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
