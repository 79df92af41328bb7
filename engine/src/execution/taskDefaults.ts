/**
 * TaskDef defaults and the start-time population of definitions (reference/conductor.md §0.3, §1.5, §2.5):
 * at start every worker task without an inline `taskDefinition` gets the registered def, or an ad-hoc
 * `new TaskDef(name)` with Conductor's defaults, so later def changes do not affect a running workflow.
 */
import type { TaskDef, WorkflowDef, WorkflowTask } from '../../../common/src/model';
import { IllegalStateError } from '../http';
import { childLists } from './graph';
import { isWorkerType } from './taskTypes';

/**
 * Control-flow and in-engine tasks whose TaskDef has no effect here (never retried or never failing on their own),
 * so starting a workflow skips the lookup for them.
 */
const DEF_FREE_TYPES: ReadonlySet<string> = new Set([
  'SWITCH',
  'DECISION',
  'FORK_JOIN',
  'JOIN',
  'EXCLUSIVE_JOIN',
  'DO_WHILE',
  'TERMINATE',
  'NOOP',
]);

/** §1.5 defaults of `new TaskDef(name)`. */
export function adHocTaskDef(name: string): TaskDef {
  return {
    name,
    retryCount: 3,
    timeoutSeconds: 0,
    timeoutPolicy: 'TIME_OUT_WF',
    retryLogic: 'FIXED',
    retryDelaySeconds: 60,
    responseTimeoutSeconds: 3600,
    backoffScaleFactor: 1,
    inputKeys: [],
    outputKeys: [],
    inputTemplate: {},
  };
}

/** The TaskDef a task runs with: inline, else registered, else ad-hoc for worker tasks; none for def-free types. */
function taskDefinitionFor(task: WorkflowTask, lookup: ((name: string) => TaskDef | undefined) | undefined) {
  if (task.taskDefinition || DEF_FREE_TYPES.has(task.type ?? 'SIMPLE')) return task.taskDefinition;
  const registered = lookup?.(task.name);
  if (registered) return registered;
  return isWorkerType(task.type ?? 'SIMPLE') ? adHocTaskDef(task.name) : undefined;
}

/**
 * Returns a copy of `def` whose tasks carry their TaskDef (registered, inline, or ad-hoc for worker tasks). With
 * `latestVersion`, a SUB_WORKFLOW without a version (and without an inline definition) is pinned to the latest
 * version now, so later registrations do not change a running workflow (§2.5); none found throws Conductor's error.
 */
export function populateTaskDefinitions(
  def: WorkflowDef,
  lookup: (name: string) => TaskDef | undefined,
  latestVersion?: (name: string) => number | undefined,
): WorkflowDef {
  const copy = structuredClone(def);
  const visit = (list: WorkflowTask[]): void => {
    for (const task of list) {
      const definition = taskDefinitionFor(task, lookup);
      if (definition) task.taskDefinition = definition;
      if (latestVersion && task.type === 'SUB_WORKFLOW') pinSubWorkflowVersion(task, latestVersion);
      for (const branch of childLists(task)) visit(branch);
    }
  };
  visit(copy.tasks);
  return copy;
}

function pinSubWorkflowVersion(task: WorkflowTask, latestVersion: (name: string) => number | undefined): void {
  const params = task.subWorkflowParam;
  if (!params || params.version !== undefined || typeof params.workflowDefinition === 'object') return;
  const version = latestVersion(params.name ?? '');
  if (version === undefined) {
    throw new IllegalStateError(
      `The Task ${String(params.name)} defined as a sub-workflow has no workflow definition available `,
    );
  }
  params.version = version;
}

/** §5.3 expected retries: the workflow task's override, else the def's, else 0 (no def). */
export function expectedRetries(task: WorkflowTask): number {
  return task.retryCount ?? task.taskDefinition?.retryCount ?? 0;
}

/** §0.3 response timeout: the def's, 0 (none) for tasks without a def. */
export function responseTimeoutOf(task: WorkflowTask): number {
  return task.taskDefinition ? (task.taskDefinition.responseTimeoutSeconds ?? 3600) : 0;
}

/**
 * A task created while the run is going (dynamic fork branch, DYNAMIC) with its TaskDef attached as at start:
 * inline, else registered, else ad-hoc for worker tasks (§2.5).
 */
export function withTaskDefinition(task: WorkflowTask, lookup: ((name: string) => TaskDef | undefined) | undefined) {
  const definition = taskDefinitionFor(task, lookup);
  return definition && definition !== task.taskDefinition ? { ...task, taskDefinition: definition } : task;
}
