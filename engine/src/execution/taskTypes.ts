/**
 * Task type classification (reference/conductor.md §0.2, §1.10, §5.2): which types are system tasks, which are
 * executed inside the decide loop, which are never retried, and the runtime `taskType` of a definition task.
 */
import type { WorkflowTask } from '../../../common/src/model';

const SYSTEM_TYPES: ReadonlySet<string> = new Set([
  'DYNAMIC',
  'FORK_JOIN',
  'FORK_JOIN_DYNAMIC',
  'DECISION',
  'SWITCH',
  'JOIN',
  'DO_WHILE',
  'SUB_WORKFLOW',
  'START_WORKFLOW',
  'EVENT',
  'WAIT',
  'HUMAN',
  'HTTP',
  'LAMBDA',
  'INLINE',
  'EXCLUSIVE_JOIN',
  'TERMINATE',
  'KAFKA_PUBLISH',
  'JSON_JQ_TRANSFORM',
  'SET_VARIABLE',
  'NOOP',
  'FORK',
]);

/** §1.10 `isBuiltIn`: these are never retried (§5.3). */
const BUILT_IN: ReadonlySet<string> = new Set(['DECISION', 'SWITCH', 'FORK', 'JOIN', 'EXCLUSIVE_JOIN', 'DO_WHILE']);

/** True for SIMPLE and unknown types (USER_DEFINED, polled by the type string, §0.2). */
export function isWorkerType(type: string): boolean {
  return !SYSTEM_TYPES.has(type);
}

/** True for the built-in control-flow types that are never retried. */
export function isBuiltIn(taskType: string): boolean {
  return BUILT_IN.has(taskType);
}

/** §1.11 runtime taskType: SIMPLE tasks are typed by their name (the queue), FORK_JOIN becomes FORK. */
export function runtimeTaskType(task: WorkflowTask): string {
  const type = task.type ?? 'SIMPLE';
  if (type === 'SIMPLE') return task.name;
  if (type === 'FORK_JOIN') return 'FORK';
  return type;
}

/** True for a runtime task that workers poll (not a system task). */
export function isWorkerTask(task: { taskType: string; workflowTask?: WorkflowTask }): boolean {
  const type = task.workflowTask?.type;
  // A DYNAMIC task runs as the type it resolved to (its taskType).
  return isWorkerType(type === undefined || type === 'DYNAMIC' ? task.taskType : type);
}
