/**
 * The branches of a FORK_JOIN_DYNAMIC (reference/conductor.md §5.7), read from its resolved input in Conductor's
 * order of precedence: the `forkTaskName`/`forkTaskInputs` list form (or `forkTaskWorkflow` for sub-workflows),
 * then `dynamicForkTasksParam` + `dynamicForkTasksInputParamName`, then the legacy `dynamicForkJoinTasksParam`.
 * Each branch is a definition task whose inputParameters already hold its input. Bad input throws
 * TerminateWorkflowError with Conductor's message (ForkJoinDynamicTaskMapper).
 */
import type { WorkflowTask } from '../../../common/src/model';
import { isObject } from '../expressions/jsonPath';
import { javaToString } from '../expressions/resolve';
import { TerminateWorkflowError } from './systemTask';
import { isWorkerType } from './taskTypes';

type JsonMap = Record<string, unknown>;

/** Java's Integer.parseInt of the version, or undefined (Conductor ignores an unparsable one: latest). */
function versionOf(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** Style 1 (§5.7): one branch per `forkTaskInputs` element; undefined when that input is not a list. */
function listForm(wfTask: WorkflowTask, input: JsonMap, nested: boolean): WorkflowTask[] | undefined {
  const inputs = input['forkTaskInputs'];
  if (!Array.isArray(inputs)) return undefined;
  const workflowName = typeof input['forkTaskWorkflow'] === 'string' ? input['forkTaskWorkflow'] : undefined;
  const type = typeof input['forkTaskType'] === 'string' ? input['forkTaskType'] : 'SIMPLE';
  let name = typeof input['forkTaskName'] === 'string' ? input['forkTaskName'] : undefined;
  // A system type names the task after itself when no name is given.
  if (name === undefined && !isWorkerType(type)) name = type;
  name ??= wfTask.taskReferenceName;
  const version = versionOf(input['forkTaskWorkflowVersion']);
  return inputs.map((element: unknown, index) => {
    const params: JsonMap = isObject(element) ? { ...element } : { input: element };
    params['__index'] = index;
    const ref = nested ? `_${wfTask.taskReferenceName}_${name}_${index}` : `_${name}_${index}`;
    const branch: WorkflowTask = workflowName
      ? { name: workflowName, taskReferenceName: ref, type: 'SUB_WORKFLOW', inputParameters: params }
      : { name: name ?? '', taskReferenceName: ref, type, inputParameters: params };
    if (workflowName) {
      branch.subWorkflowParam = { name: workflowName };
      if (version !== undefined) branch.subWorkflowParam.version = version;
      if (isObject(element) && isObject(element['taskToDomain'])) {
        branch.subWorkflowParam.taskToDomain = element['taskToDomain'] as Record<string, string>;
      }
    }
    if (wfTask.optional) branch.optional = true;
    return branch;
  });
}

/** Style 2 (§5.7): a list of definition tasks plus a map ref → input. */
function tasksAndInputForm(wfTask: WorkflowTask, input: JsonMap, param: string): WorkflowTask[] {
  const listed = input[param];
  const valid = Array.isArray(listed) && listed.every((t) => isObject(t) && typeof t['taskReferenceName'] === 'string');
  if (!valid) {
    const found = javaToString(listed);
    throw new TerminateWorkflowError(
      `Input '${param}' is invalid. Cannot deserialize a list of Workflow Tasks from '${found}'`,
    );
  }
  const inputs = input[wfTask.dynamicForkTasksInputParamName ?? ''];
  if (!isObject(inputs)) {
    throw new TerminateWorkflowError(
      `Input to the dynamically forked tasks is not a map -> expecting a map of K,V  but found ${javaToString(inputs)}`,
    );
  }
  return (listed as WorkflowTask[]).map((task) => {
    const own = inputs[task.taskReferenceName];
    if (own !== undefined && own !== null && !isObject(own)) {
      throw new TerminateWorkflowError(
        `Tasks could not be dynamically forked due to invalid input: the input of ${task.taskReferenceName} is not a map`,
      );
    }
    return { ...structuredClone(task), inputParameters: { ...(task.inputParameters ?? {}), ...(own ?? {}) } };
  });
}

/** Style 3 (legacy): `{dynamicTasks: [{taskName, referenceName, type, input}]}`. */
function legacyForm(wfTask: WorkflowTask, input: JsonMap): WorkflowTask[] {
  const param = wfTask.dynamicForkJoinTasksParam ?? '';
  const value = input[param];
  const list =
    isObject(value) && Array.isArray(value['dynamicTasks']) ? (value['dynamicTasks'] as unknown[]) : undefined;
  if (!list) {
    throw new TerminateWorkflowError(
      `Dynamic tasks could not be created. The value of ${param} from task's input ${javaToString(input)} has no dynamic tasks to be scheduled`,
    );
  }
  return list.filter(isObject).map((entry) => ({
    name: javaToString(entry['taskName']),
    taskReferenceName: javaToString(entry['referenceName']),
    type: typeof entry['type'] === 'string' ? entry['type'] : 'SIMPLE',
    inputParameters: isObject(entry['input']) ? { ...entry['input'] } : {},
  }));
}

/**
 * The branch tasks of `wfTask` for its resolved `input`. `nested` says another dynamic fork already ran in this
 * workflow, which prefixes list-form references with the fork's own reference (as Conductor does).
 */
export function dynamicForkBranches(wfTask: WorkflowTask, input: JsonMap, nested: boolean): WorkflowTask[] {
  const simple = listForm(wfTask, input, nested);
  if (simple) return simple;
  if (wfTask.dynamicForkTasksParam) return tasksAndInputForm(wfTask, input, wfTask.dynamicForkTasksParam);
  return legacyForm(wfTask, input);
}
