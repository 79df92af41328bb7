/**
 * Canonical form of a workflow definition for "does the file differ from what is registered?" (no `vscode` import).
 * A server fills in defaults and audit fields on registration (§1.1): the file `{"name": "x", "tasks": […]}` comes
 * back with `schemaVersion: 2`, `restartable: true`, `createTime`, empty maps and `false` flags. Those must not count
 * as a difference, so both sides drop them (in the definition and its tasks only), and keys are sorted.
 */

/** Set by the server, never part of what a user edits. */
const AUDIT_FIELDS = new Set(['createTime', 'updateTime', 'createdBy', 'updatedBy', 'ownerApp', 'accessPolicy']);

/** Workflow-level defaults of Conductor's WorkflowDef (§1.1) that are not "empty". */
const WORKFLOW_DEFAULTS: Readonly<Record<string, unknown>> = {
  version: 1,
  schemaVersion: 2,
  restartable: true,
  timeoutPolicy: 'ALERT_ONLY',
  enforceSchema: true,
};

/** Task-level default (§1.3): a task without `type` is SIMPLE. */
const TASK_DEFAULTS: Readonly<Record<string, unknown>> = { type: 'SIMPLE' };

/** Empty values are what a server writes for an absent field. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** A field with a non-empty default (`restartable: true`) counts only when it differs from it, even as `false`. */
function isDefault(key: string, field: unknown, defaults: Readonly<Record<string, unknown>>): boolean {
  return key in defaults ? defaults[key] === field : isEmpty(field);
}

/**
 * Sorted keys everywhere; in the definition itself and in its tasks (the objects a server fills defaults into) also
 * without audit fields, empty values and defaults. Inside user maps (`inputParameters`, …) every value counts.
 */
function canonical(value: unknown, defaults?: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, defaultsOfItem(item)));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (defaults && (AUDIT_FIELDS.has(key) || isDefault(key, field, defaults))) continue;
    result[key] = canonical(field);
  }
  return result;
}

/** Array items that look like tasks (they have a `taskReferenceName`) get the task defaults. */
function defaultsOfItem(item: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof item === 'object' && item !== null && 'taskReferenceName' in item ? TASK_DEFAULTS : undefined;
}

/** The canonical JSON text of a workflow definition. */
export function normalizeWorkflowDefinition(definition: unknown): string {
  return JSON.stringify(canonical(definition, WORKFLOW_DEFAULTS));
}

/** True when the two definitions differ in something a user wrote. */
export function definitionsDiffer(local: unknown, registered: unknown): boolean {
  return normalizeWorkflowDefinition(local) !== normalizeWorkflowDefinition(registered);
}
