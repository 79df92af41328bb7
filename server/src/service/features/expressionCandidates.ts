/**
 * What may follow a partial `${…}` path: roots, workflow fields, declared workflow inputs, variables set by
 * SET_VARIABLE, task fields and known output keys. Facts come from the rules' expression context (§4.1), the task
 * definitions in the index, and the outputs of the file's last run (at any depth below `output`).
 */
import { CompletionItemKind } from 'vscode-languageserver-types';
import { ENV_NAMES, TASK_FIELDS, WORKFLOW_FIELDS, WORKFLOW_ROOT } from '../model/expressionContext';
import { arrayProp, isObject, objectProp } from '../model/jsonValue';
import type { TaskEntry } from '../model/taskWalker';
import { lastRunKeys, type LastRunOutputs } from '../lastRunOutputs';
import type { FeatureIndex } from './featureIndex';
import type { FeatureModel } from './featureModel';

/** A completion candidate before it is placed in the text. */
export interface Candidate {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly detail?: string;
}

// Outputs system tasks always produce (reference §1.11, §5.8, §5.9).
const SYSTEM_OUTPUTS: Readonly<Record<string, readonly string[]>> = {
  INLINE: ['result', 'error'],
  LAMBDA: ['result'],
  JSON_JQ_TRANSFORM: ['result', 'resultList', 'error'],
  SWITCH: ['evaluationResult', 'selectedCase'],
  DECISION: ['caseOutput'],
  HTTP: ['response'],
  SUB_WORKFLOW: ['subWorkflowId'],
  START_WORKFLOW: ['workflowId'],
  EVENT: ['event_produced'],
  DO_WHILE: ['iteration', 'loopIndex', 'loopItem'],
};

/** Candidates for the next segment after `segments` (complete ones), seen from the task `from`. */
export function expressionCandidates(
  model: FeatureModel,
  segments: readonly string[],
  from: TaskEntry | undefined,
  index: FeatureIndex | undefined,
  lastRun?: LastRunOutputs,
): Candidate[] {
  const [root, field, ...rest] = segments;
  if (root === undefined) return rootCandidates(model, from);
  if (rest.length > 0) {
    const known = root !== WORKFLOW_ROOT && field === 'output' && model.scope.byRef.has(root);
    return known ? lastRunCandidates(lastRun, root, rest, []) : [];
  }
  if (root === WORKFLOW_ROOT) {
    if (field === undefined) return names(WORKFLOW_FIELDS, CompletionItemKind.Field);
    if (field === 'input') return names(declaredInputs(model.value), CompletionItemKind.Field, 'workflow input');
    if (field === 'variables') return names(variableNames(model), CompletionItemKind.Variable, 'workflow variable');
    return [];
  }
  const target = model.scope.byRef.get(root);
  if (!target) return [];
  if (field === undefined) return names(TASK_FIELDS, CompletionItemKind.Field);
  if (field === 'output') {
    const declared = outputKeys(target, index);
    const declaredItems = names(declared, CompletionItemKind.Field, `output of ${root}`);
    return [...declaredItems, ...lastRunCandidates(lastRun, root, [], declared)];
  }
  if (field === 'input')
    return names(Object.keys(objectProp(target.task, 'inputParameters') ?? {}), CompletionItemKind.Field);
  return [];
}

function rootCandidates(model: FeatureModel, from: TaskEntry | undefined): Candidate[] {
  const refs = model.tasks
    .filter((entry) => entry.ref !== undefined && model.scope.byRef.get(entry.ref) === entry)
    .filter((entry) => model.scope.reachability(entry, from) === 'before')
    .map((entry) => ({
      label: entry.ref ?? '',
      kind: CompletionItemKind.Reference,
      detail: `${entry.type} ${entry.name ?? ''}`.trim(),
    }));
  return [
    { label: WORKFLOW_ROOT, kind: CompletionItemKind.Module, detail: 'the running workflow' },
    ...refs,
    ...names(ENV_NAMES, CompletionItemKind.Constant, 'environment'),
  ];
}

function declaredInputs(workflow: unknown): string[] {
  const declared = isObject(workflow) ? arrayProp(workflow, 'inputParameters') : undefined;
  return (declared ?? []).filter((name): name is string => typeof name === 'string');
}

/** Names set by SET_VARIABLE tasks and the definition's initial `variables`. */
function variableNames(model: FeatureModel): string[] {
  const found = new Set(Object.keys(isObject(model.value) ? (objectProp(model.value, 'variables') ?? {}) : {}));
  for (const entry of model.tasks) {
    if (entry.type === 'SET_VARIABLE')
      for (const key of Object.keys(objectProp(entry.task, 'inputParameters') ?? {})) found.add(key);
  }
  return [...found];
}

/** Declared `outputKeys` (task definition in the index, or the inline `taskDefinition`) plus system outputs. */
function outputKeys(target: TaskEntry, index: FeatureIndex | undefined): string[] {
  const inline = objectProp(target.task, 'taskDefinition');
  const inlineKeys = inline ? (arrayProp(inline, 'outputKeys') ?? []) : [];
  const registered = target.name !== undefined ? (index?.getTaskDef(target.name)?.outputKeys ?? []) : [];
  const keys = [...inlineKeys, ...registered, ...(SYSTEM_OUTPUTS[target.type] ?? [])];
  return [...new Set(keys.filter((key): key is string => typeof key === 'string'))];
}

/** Keys the last run's output of `ref` had under `path`, except `known` ones, labelled with the execution. */
function lastRunCandidates(
  lastRun: LastRunOutputs | undefined,
  ref: string,
  path: readonly string[],
  known: readonly string[],
): Candidate[] {
  const keys = lastRunKeys(lastRun, ref, path).filter((key) => !known.includes(key));
  return names(keys, CompletionItemKind.Field, `output of ${ref} in the last run (${lastRun?.workflowId ?? ''})`);
}

function names(list: readonly string[], kind: CompletionItemKind, detail?: string): Candidate[] {
  return list.map((label) => (detail === undefined ? { label, kind } : { label, kind, detail }));
}
