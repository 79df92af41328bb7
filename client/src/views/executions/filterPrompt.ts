/**
 * The filter bar of the Executions view: one quick pick of the four facets (workflow name, status, time window,
 * text) showing their current values, each opening its own small prompt. Resolves with the new filter, or undefined
 * when the user cancelled.
 */
import * as vscode from 'vscode';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../../../../common/src/status';
import { TIME_WINDOWS, type ExecutionFilter, type TimeWindow } from './executionFilter';

type Facet = 'workflowName' | 'statuses' | 'window' | 'freeText' | 'clear';

/** Asks which facet to change and its new value. `names` are the registered workflow names, offered for the name. */
export async function promptFilter(
  current: ExecutionFilter,
  names: readonly string[],
): Promise<ExecutionFilter | undefined> {
  const any = '(any)';
  const facets: (vscode.QuickPickItem & { facet: Facet })[] = [
    { facet: 'workflowName', label: '$(symbol-class) Workflow name', description: current.workflowName ?? any },
    { facet: 'statuses', label: '$(pulse) Status', description: current.statuses?.join(', ') ?? any },
    { facet: 'window', label: '$(history) Started within', description: current.window ?? any },
    { facet: 'freeText', label: '$(search) Text', description: current.freeText ?? any },
    { facet: 'clear', label: '$(clear-all) Clear filter' },
  ];
  const picked = await vscode.window.showQuickPick(facets, { placeHolder: 'Filter executions by…' });
  if (!picked) return undefined;
  switch (picked.facet) {
    case 'workflowName':
      return withValue(current, 'workflowName', await promptName(current.workflowName, names));
    case 'statuses':
      return withValue(current, 'statuses', await promptStatuses(current.statuses));
    case 'window':
      return withValue(current, 'window', await promptWindow());
    case 'freeText':
      return withValue(current, 'freeText', await promptText(current.freeText));
    case 'clear':
      return {};
  }
}

// `null` clears the facet; `undefined` is a cancelled prompt, which keeps the filter unchanged.
function withValue<K extends keyof ExecutionFilter>(
  filter: ExecutionFilter,
  key: K,
  value: ExecutionFilter[K] | null | undefined,
): ExecutionFilter | undefined {
  if (value === undefined) return undefined;
  const next: Record<string, unknown> = { ...filter };
  if (value === null || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

async function promptName(current: string | undefined, names: readonly string[]): Promise<string | null | undefined> {
  const typed = '$(edit) Type a name or pattern (* matches anything)…';
  const items = [{ label: '(any workflow)' }, { label: typed }, ...names.map((name) => ({ label: name }))];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Workflow name' });
  if (!picked) return undefined;
  if (picked.label === '(any workflow)') return null;
  if (picked.label !== typed) return picked.label;
  const value = await vscode.window.showInputBox({ prompt: 'Workflow name, e.g. order_*', value: current });
  return value === undefined ? undefined : value.trim() || null;
}

async function promptStatuses(current: readonly WorkflowStatus[] | undefined): Promise<WorkflowStatus[] | undefined> {
  const items = WORKFLOW_STATUSES.map((status) => ({ label: status, picked: current?.includes(status) ?? false }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: 'Statuses (none = any)' });
  return picked?.map((item) => item.label);
}

async function promptWindow(): Promise<TimeWindow | null | undefined> {
  const items = ['any time', ...Object.keys(TIME_WINDOWS)];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Started within' });
  if (picked === undefined) return undefined;
  return picked in TIME_WINDOWS ? (picked as TimeWindow) : null;
}

async function promptText(current: string | undefined): Promise<string | null | undefined> {
  const value = await vscode.window.showInputBox({
    prompt: 'Text anywhere in the execution (input, output, ids)',
    value: current,
  });
  return value === undefined ? undefined : value.trim() || null;
}
