/**
 * Canonical form of a workflow definition for "does the file differ from what is registered?" (no `vscode` import).
 * A server fills in defaults and audit fields on registration (§1.1): the file `{"name": "x", "tasks": […]}` comes
 * back with `schemaVersion: 2`, `restartable: true`, `createTime`, empty maps and `false` flags. Those must not count
 * as a difference, so both sides drop defaults (in the definition and its tasks only), the registered side's audit
 * fields are the file's own (the server overwrites them on every save), and keys are sorted. Which fields those are is documents/serverSetFields, the list
 * the Compare view uses too.
 */
import {
  TASK_DEFAULTS,
  TOP_LEVEL_DEFAULTS,
  isServerDefault,
  withLocalStampedFields,
} from '../documents/serverSetFields';

const WORKFLOW_DEFAULTS = TOP_LEVEL_DEFAULTS.workflow;

/**
 * Sorted keys everywhere; in the definition itself and in its tasks (the objects a server fills defaults into) also
 * without empty values and defaults. Inside user maps (`inputParameters`, …) every value counts.
 */
function canonical(value: unknown, defaults?: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, defaultsOfItem(item)));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (defaults && isServerDefault(key, field, defaults)) continue;
    result[key] = canonical(field);
  }
  return result;
}

/** Array items that look like tasks (they have a `taskReferenceName`) get the task defaults. */
function defaultsOfItem(item: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof item === 'object' && item !== null && 'taskReferenceName' in item ? TASK_DEFAULTS : undefined;
}

/** The file without its `$schema` line: an editor hint a server never stores, not part of the definition. */
function withoutSchema(local: unknown): unknown {
  if (typeof local !== 'object' || local === null || Array.isArray(local)) return local;
  return Object.fromEntries(Object.entries(local).filter(([key]) => key !== '$schema'));
}

/** The canonical JSON text of a workflow definition. */
export function normalizeWorkflowDefinition(definition: unknown): string {
  return JSON.stringify(canonical(definition, WORKFLOW_DEFAULTS));
}

/** True when the two definitions differ in something a user wrote. */
export function definitionsDiffer(local: unknown, registered: unknown): boolean {
  const compared = withLocalStampedFields(registered, local);
  return normalizeWorkflowDefinition(withoutSchema(local)) !== normalizeWorkflowDefinition(withoutSchema(compared));
}
