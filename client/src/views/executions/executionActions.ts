/**
 * Which action the Executions view offers in which state (reference/conductor.md §5.5). Nodes carry
 * `execution.<STATUS>` / `task.<STATUS>` as contextValue; package.json's `view/item/context` menus are generated
 * from these tables (`menuWhen`), and a test keeps the two in step. No `vscode` import.
 */
import { RETRYABLE_WORKFLOW_STATUSES } from '../../../../common/src/graph/taskActions';
import {
  TASK_STATUSES,
  WORKFLOW_STATUSES,
  isTerminalWorkflowStatus,
  type TaskStatus,
  type WorkflowStatus,
} from '../../../../common/src/status';

const TERMINAL = WORKFLOW_STATUSES.filter(isTerminalWorkflowStatus);

/** Execution commands and the workflow statuses they are offered for. */
export const EXECUTION_ACTIONS: Readonly<Record<string, readonly WorkflowStatus[]>> = {
  // §5.5 pause: a terminal workflow answers 409, a paused one is a no-op.
  'conductor.pauseExecution': ['RUNNING'],
  // §5.5 resume: only from PAUSED (anything else is a 500 IllegalStateException).
  'conductor.resumeExecution': ['PAUSED'],
  // §5.5 terminate: COMPLETED is a 409; terminating a FAILED run is allowed but only useful while it still runs.
  'conductor.terminateExecution': ['RUNNING', 'PAUSED'],
  // §5.5 restart and rerun: only terminal workflows.
  'conductor.restartExecution': TERMINAL,
  'conductor.rerunExecution': TERMINAL,
  // §5.5 retry: a COMPLETED run has no retryable tasks (409), a running one answers 404.
  'conductor.retryExecution': RETRYABLE_WORKFLOW_STATUSES,
  // §5.5 skip: the workflow must be RUNNING.
  'conductor.skipTask': ['RUNNING'],
  'conductor.deleteExecution': WORKFLOW_STATUSES,
  'conductor.openExecutionJson': WORKFLOW_STATUSES,
  // Registered by the diagram feature; also offered inline there.
  'conductor.showExecutionDiagram': WORKFLOW_STATUSES,
  'conductor.copyExecutionId': WORKFLOW_STATUSES,
  // Test-run mocks from what the run's finished tasks returned: useful in any state.
  'conductor.saveRunAsMocks': WORKFLOW_STATUSES,
};

/** Task commands and the task statuses they are offered for. */
export const TASK_ACTIONS: Readonly<Record<string, readonly TaskStatus[]>> = {
  'conductor.openTaskJson': TASK_STATUSES,
  'conductor.copyTaskId': TASK_STATUSES,
  'conductor.showTaskLogs': TASK_STATUSES,
};

/** The execution commands offered for `status`. */
export function executionActionsFor(status: WorkflowStatus): string[] {
  return Object.keys(EXECUTION_ACTIONS).filter((command) => EXECUTION_ACTIONS[command]?.includes(status));
}

/** The task commands offered for `status`. */
export function taskActionsFor(status: TaskStatus): string[] {
  return Object.keys(TASK_ACTIONS).filter((command) => TASK_ACTIONS[command]?.includes(status));
}

/** The menu `when` clause offering a command on `kind` nodes in `statuses`. */
export function menuWhen(kind: 'execution' | 'task', statuses: readonly string[], all: readonly string[]): string {
  const view = 'view == conductor.executions';
  if (statuses.length === all.length) return `${view} && viewItem =~ /^${kind}\\./`;
  return `${view} && viewItem =~ /^${kind}\\.(${statuses.join('|')})$/`;
}

/** Every `view/item/context` entry of the view, as package.json holds them. */
export function executionMenus(): { command: string; when: string; group: string }[] {
  const executions = Object.entries(EXECUTION_ACTIONS).map(([command, statuses]) => ({
    command,
    when: menuWhen('execution', statuses, WORKFLOW_STATUSES),
    group: menuGroup(command),
  }));
  const tasks = Object.entries(TASK_ACTIONS).map(([command, statuses]) => ({
    command,
    when: menuWhen('task', statuses, TASK_STATUSES),
    group: menuGroup(command),
  }));
  return [...executions, ...tasks];
}

// Lifecycle actions first, then the destructive one, then read-only ones, as VS Code sorts groups by name.
function menuGroup(command: string): string {
  if (/(open|copy|show|save)/i.test(command)) return '3_inspect';
  if (command === 'conductor.deleteExecution') return '2_delete';
  return '1_lifecycle';
}
