/**
 * The icon and colour of each workflow and task status (codicon ids and theme colour ids), one table so executions
 * and tasks look alike. No `vscode` import: tree items turn these into ThemeIcons.
 */
import type { TaskStatus, WorkflowStatus } from '../../../../common/src/status';

/** A codicon id and a theme colour id. */
export interface StatusStyle {
  readonly icon: string;
  readonly color: string;
}

const RUNNING: StatusStyle = { icon: 'sync', color: 'charts.blue' };
const SUCCESS: StatusStyle = { icon: 'pass', color: 'testing.iconPassed' };
const FAILURE: StatusStyle = { icon: 'error', color: 'testing.iconFailed' };
const TIMEOUT: StatusStyle = { icon: 'watch', color: 'testing.iconFailed' };
const STOPPED: StatusStyle = { icon: 'circle-slash', color: 'charts.orange' };

const STYLES: Readonly<Record<WorkflowStatus | TaskStatus, StatusStyle>> = {
  RUNNING,
  IN_PROGRESS: RUNNING,
  SCHEDULED: { icon: 'clock', color: 'charts.blue' },
  PAUSED: { icon: 'debug-pause', color: 'charts.yellow' },
  COMPLETED: SUCCESS,
  COMPLETED_WITH_ERRORS: { icon: 'warning', color: 'charts.yellow' },
  SKIPPED: { icon: 'debug-step-over', color: 'disabledForeground' },
  FAILED: FAILURE,
  FAILED_WITH_TERMINAL_ERROR: FAILURE,
  TIMED_OUT: TIMEOUT,
  TERMINATED: STOPPED,
  CANCELED: STOPPED,
};

/** The style of a workflow or task status; an unknown status (a newer server) gets a neutral circle. */
export function statusStyle(status: string): StatusStyle {
  return (STYLES as Readonly<Record<string, StatusStyle>>)[status] ?? { icon: 'circle-outline', color: 'foreground' };
}
