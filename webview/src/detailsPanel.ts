/**
 * The side panel of an execution diagram: what a selected task received and produced, why it failed, its retries,
 * worker, times and logs (`/api/tasks/{id}/log`), with the actions Conductor allows for it (reference §5.5).
 */
import { escape } from '../../common/src/graph';
import type { TaskAction, TaskDetails } from '../../common/src/graph';

const ACTION_TITLES: Readonly<Record<TaskAction, string>> = {
  retry: 'Retry workflow',
  rerunFromHere: 'Rerun from this task',
  skip: 'Skip this task',
};
/** Larger payloads are cut: the panel is for reading, the Executions view can show the whole JSON. */
const MAX_JSON = 20_000;

/** What the panel shows: the message the extension sent for the selected node. */
export interface DetailsContent {
  readonly ref: string;
  readonly details: TaskDetails | undefined;
  readonly actions: readonly TaskAction[];
}

/** Fills `panel` with the details (or a hint when the node has not run) and the buttons of the allowed actions. */
export function renderDetails(panel: HTMLElement, content: DetailsContent): void {
  const { ref, details } = content;
  panel.hidden = false;
  panel.dataset['ref'] = ref;
  panel.dataset['taskId'] = details?.taskId ?? '';
  const actions = content.actions
    .map((action) => `<button data-action="${action}">${ACTION_TITLES[action]}</button>`)
    .join('');
  if (!details) {
    panel.innerHTML = `<h2>${escape(ref)}</h2><div class="actions">${actions}</div><p class="muted">This task has not run (in the shown iteration).</p>`;
    return;
  }
  const rows: [string, string | undefined][] = [
    ['Status', details.status],
    ['Type', details.taskType],
    ['Retry count', String(details.retryCount)],
    ['Worker', details.workerId],
    ['Scheduled', time(details.scheduledTime)],
    ['Started', time(details.startTime)],
    ['Ended', time(details.endTime)],
    ['Task id', details.taskId],
  ];
  const child = details.subWorkflowId
    ? `<button data-open-sub-workflow="${escape(details.subWorkflowId)}">Open sub-workflow execution</button>`
    : '';
  panel.innerHTML = [
    `<h2>${escape(details.referenceTaskName)}</h2>`,
    `<div class="actions">${actions}${child}</div>`,
    details.reasonForIncompletion ? `<p class="reason">${escape(details.reasonForIncompletion)}</p>` : '',
    `<dl>${rows.map(([key, value]) => (value ? `<dt>${key}</dt><dd>${escape(value)}</dd>` : '')).join('')}</dl>`,
    section('Input', details.input),
    section('Output', details.output),
    logs(details),
  ].join('');
}

function section(title: string, value: unknown): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value, null, 2) ?? '';
  const shown =
    json.length > MAX_JSON ? `${json.slice(0, MAX_JSON)}\n… (${json.length - MAX_JSON} more characters)` : json;
  return `<details open><summary>${title}</summary><pre>${escape(shown)}</pre></details>`;
}

function logs(details: TaskDetails): string {
  if (details.logsError)
    return `<h3>Logs</h3><p class="reason">Could not read the logs: ${escape(details.logsError)}</p>`;
  if (details.logs.length === 0) return '<h3>Logs</h3><p class="muted">No logs.</p>';
  const items = details.logs.map(
    (entry) => `<li><time>${time(entry.createdTime) ?? ''}</time> ${escape(entry.log)}</li>`,
  );
  return `<h3>Logs</h3><ol class="logs">${items.join('')}</ol>`;
}

function time(epochMs: number | undefined): string | undefined {
  return epochMs ? new Date(epochMs).toLocaleString() : undefined;
}
