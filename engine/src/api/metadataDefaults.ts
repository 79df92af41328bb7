/**
 * The defaults Conductor's Java model gives absent fields (reference/conductor.md §1.2, §1.3, §1.5). Conductor
 * serializes them on every read, so a stored definition carries them too, and the executor can rely on them. Keys
 * that are no field of the workflow, its tasks (at any depth) or their inline task definitions (e.g. an editor's
 * `$schema`, a misspelt `optinal`) are dropped, as Conductor's deserializer ignores them (§0 fact 1).
 */
import type { Auditable, TaskDef, WorkflowDef, WorkflowTask } from '../../../common/src/model';
import { TASK_DEF_FIELDS, WORKFLOW_DEF_FIELDS, WORKFLOW_TASK_FIELDS, keepFields } from './modelFields';

const WORKFLOW_DEFAULTS = {
  version: 1,
  inputParameters: [],
  outputParameters: {},
  schemaVersion: 2,
  restartable: true,
  workflowStatusListenerEnabled: false,
  timeoutPolicy: 'ALERT_ONLY',
  timeoutSeconds: 0,
  variables: {},
  inputTemplate: {},
  enforceSchema: true,
} as const satisfies Partial<WorkflowDef>;

const TASK_DEFAULTS = {
  type: 'SIMPLE',
  inputParameters: {},
  startDelay: 0,
  optional: false,
  asyncComplete: false,
  permissive: false,
} as const satisfies Partial<WorkflowTask>;

const TASK_DEF_DEFAULTS = {
  retryCount: 3,
  timeoutSeconds: 0,
  inputKeys: [],
  outputKeys: [],
  timeoutPolicy: 'TIME_OUT_WF',
  retryLogic: 'FIXED',
  retryDelaySeconds: 60,
  responseTimeoutSeconds: 3600,
  inputTemplate: {},
  rateLimitPerFrequency: 0,
  rateLimitFrequencyInSeconds: 1,
  backoffScaleFactor: 1,
  maxRetryDelaySeconds: 0,
  backoffJitterMs: 0,
  totalTimeoutSeconds: 0,
  taskStatusListenerEnabled: true,
  enforceSchema: false,
} as const satisfies Partial<TaskDef>;

/** Fills absent fields with `defaults`; present ones (also explicit nulls, which Conductor would drop) win. */
function fill<T extends object>(value: T, defaults: object): T {
  const result: Record<string, unknown> = structuredClone(defaults) as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) {
    if (field !== null && field !== undefined) result[key] = field;
  }
  return result as T;
}

function withTaskDefaults(task: WorkflowTask): WorkflowTask {
  const filled = fill(keepFields(task, WORKFLOW_TASK_FIELDS), TASK_DEFAULTS);
  if (filled.decisionCases) {
    filled.decisionCases = Object.fromEntries(
      Object.entries(filled.decisionCases).map(([key, tasks]) => [key, tasks.map(withTaskDefaults)]),
    );
  }
  if (filled.defaultCase) filled.defaultCase = filled.defaultCase.map(withTaskDefaults);
  if (filled.forkTasks) filled.forkTasks = filled.forkTasks.map((branch) => branch.map(withTaskDefaults));
  if (filled.loopOver) filled.loopOver = filled.loopOver.map(withTaskDefaults);
  if (filled.taskDefinition) filled.taskDefinition = withTaskDefDefaults(filled.taskDefinition);
  return filled;
}

/** A copy of `def` with Conductor's defaults, recursively through its tasks, without unknown keys. */
export function withWorkflowDefDefaults(def: WorkflowDef): WorkflowDef {
  const filled = fill(keepFields(def, WORKFLOW_DEF_FIELDS), WORKFLOW_DEFAULTS);
  filled.tasks = filled.tasks.map(withTaskDefaults);
  return filled;
}

/** A copy of `def` with Conductor's TaskDef defaults, without unknown keys. */
export function withTaskDefDefaults(def: TaskDef): TaskDef {
  return fill(keepFields(def, TASK_DEF_FIELDS), TASK_DEF_DEFAULTS);
}

/**
 * Sets §1.1 audit times on a definition about to be stored: a replacement keeps its createTime and gets an
 * updateTime.
 */
export function stampAuditTimes(def: Auditable, existing: Auditable | undefined, now: number): void {
  if (existing) {
    def.createTime = existing.createTime ?? now;
    def.updateTime = now;
  } else {
    def.createTime = now;
  }
}
