import { resolveValue, type ResolveScope } from './resolve';

/**
 * Input assembly around the resolver (reference/conductor.md §4.3): task inputs with the TaskDef
 * `inputTemplate`, and workflow inputs with the WorkflowDef `inputTemplate`, both merged with `putIfAbsent`.
 */

type JsonMap = Record<string, unknown>;

/**
 * §4.3 steps 1–3: copy the task's inputParameters, add template keys that are absent, resolve everything, then
 * put back the raw template value for every key that resolved to null.
 */
export function resolveTaskInput(
  inputParameters: JsonMap | undefined,
  inputTemplate: JsonMap | undefined,
  scope: ResolveScope,
): JsonMap {
  const params: JsonMap = { ...(inputParameters ?? {}) };
  const template = inputTemplate ?? {};
  // Java's putIfAbsent also fills keys whose value is null.
  for (const [key, value] of Object.entries(template)) if (params[key] == null) params[key] = value;
  const resolved = resolveValue(params, scope) as JsonMap;
  for (const [key, value] of Object.entries(resolved)) {
    if (value === null && key in template) resolved[key] = structuredClone(template[key]);
  }
  return resolved;
}

/** §4.3 "Workflow input at start": the given input plus every inputTemplate key it lacks. */
export function mergeWorkflowInput(input: JsonMap, inputTemplate: JsonMap | undefined): JsonMap {
  const merged: JsonMap = { ...input };
  for (const [key, value] of Object.entries(inputTemplate ?? {})) {
    if (merged[key] == null) merged[key] = structuredClone(value);
  }
  return merged;
}
