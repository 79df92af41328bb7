/**
 * What an execution node and its task children say: label, description and tooltip text, built from the search
 * summary and the full execution. No `vscode` import, so the tree's content is unit-tested.
 */
import type { Task, Workflow, WorkflowSummary } from '../../../../common/src/model';

/** The text of one tree node. */
export interface Row {
  readonly label: string;
  readonly description: string;
  /** Markdown. */
  readonly tooltip: string;
}

/** An execution: `name v1` with its status and start time; the tooltip has ids, times and the failure reason. */
export function executionRow(summary: WorkflowSummary): Row {
  const started = summary.startTime ? startedAt(summary.startTime) : '';
  const lines = [
    `**${summary.workflowType}** v${summary.version} — ${summary.status}`,
    `id \`${summary.workflowId}\``,
    summary.correlationId ? `correlation id \`${summary.correlationId}\`` : '',
    // Sub-workflows are executions of their own in the search; the tooltip says whose child they are.
    summary.parentWorkflowId ? `sub-workflow of \`${summary.parentWorkflowId}\`` : '',
    summary.startTime ? `started ${summary.startTime}` : '',
    summary.endTime ? `ended ${summary.endTime}` : '',
    summary.reasonForIncompletion ? `reason: ${summary.reasonForIncompletion}` : '',
  ];
  return {
    label: `${summary.workflowType} v${summary.version}`,
    description: [summary.status, started].filter(Boolean).join(' · '),
    tooltip: lines.filter(Boolean).join('\n\n'),
  };
}

/** A task: its reference name, status and retry count; the tooltip has type, id, times and reason. */
export function taskRow(task: Task): Row {
  const retries = task.retryCount ? `retry ${task.retryCount}` : '';
  const iteration = task.iteration ? `iteration ${task.iteration}` : '';
  const lines = [
    `**${task.referenceTaskName}** (${task.taskType}) — ${task.status}`,
    `task id \`${task.taskId}\``,
    retries,
    task.startTime ? `started ${new Date(task.startTime).toISOString()}` : '',
    task.endTime ? `ended ${new Date(task.endTime).toISOString()}` : '',
    task.reasonForIncompletion ? `reason: ${task.reasonForIncompletion}` : '',
  ];
  return {
    label: task.referenceTaskName,
    description: [task.status, retries, iteration].filter(Boolean).join(' · '),
    tooltip: lines.filter(Boolean).join('\n\n'),
  };
}

/** The tasks of an execution in the order they were scheduled. */
export function orderedTasks(workflow: Workflow): Task[] {
  return [...(workflow.tasks ?? [])].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/**
 * When an execution started, as the user reads clocks: the local time of day for today's, date and time otherwise.
 * Summaries carry `yyyy-MM-ddTHH:mm:ss.SSSZ` in GMT (§1.8); text that is no date is shown as it is.
 */
export function startedAt(isoTime: string, now = new Date()): string {
  const time = new Date(isoTime);
  if (Number.isNaN(time.getTime())) return isoTime;
  return time.toDateString() === now.toDateString() ? time.toLocaleTimeString() : time.toLocaleString();
}
