/**
 * Places where a definition names another workflow by name and version: SUB_WORKFLOW `subWorkflowParam`,
 * START_WORKFLOW `inputParameters.startWorkflow` (§1.11) and the definition's `failureWorkflow` /
 * `failureWorkflowVersion` (§1.2). Completion and definition share this table.
 */
import { isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';
import type { JsonPath } from '../types';
import type { FeatureModel } from './featureModel';

/** The workflow a name/version field refers to, and which of the two fields the path is. */
export interface WorkflowRef {
  readonly field: 'name' | 'version';
  readonly name: string | undefined;
  readonly version: number | undefined;
}

// Where the name/version pair sits, relative to a task.
const TASK_SITES: readonly (readonly string[])[] = [['subWorkflowParam'], ['inputParameters', 'startWorkflow']];

/** The workflow reference whose name or version is at `path`; undefined elsewhere. */
export function workflowRefAt(model: FeatureModel, path: JsonPath): WorkflowRef | undefined {
  if (path.length === 1 && isObject(model.value)) {
    const root = model.value;
    const ref = (field: 'name' | 'version'): WorkflowRef => ({
      field,
      ...read(root, 'failureWorkflow', 'failureWorkflowVersion'),
    });
    if (path[0] === 'failureWorkflow') return ref('name');
    if (path[0] === 'failureWorkflowVersion') return ref('version');
    return undefined;
  }
  const task = model.taskAt(path);
  if (!task) return undefined;
  const relative = path.slice(task.path.length);
  const field = relative[relative.length - 1];
  if (field !== 'name' && field !== 'version') return undefined;
  const site = TASK_SITES.find(
    (keys) => keys.length === relative.length - 1 && keys.every((k, i) => relative[i] === k),
  );
  if (!site) return undefined;
  let holder: unknown = task.task;
  for (const key of site) holder = isObject(holder) ? holder[key] : undefined;
  return isObject(holder)
    ? { field, ...read(holder, 'name', 'version') }
    : { field, name: undefined, version: undefined };
}

function read(owner: JsonObject, nameKey: string, versionKey: string): Pick<WorkflowRef, 'name' | 'version'> {
  const name = owner[nameKey];
  const version = owner[versionKey];
  return {
    name: typeof name === 'string' ? name : undefined,
    version: typeof version === 'number' ? version : undefined,
  };
}
