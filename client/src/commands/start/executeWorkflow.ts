/**
 * `conductor.executeWorkflow`: starts and waits (§3.2 `POST /api/workflow/execute/{name}/{version}`) until the
 * workflow ends or blocks, or until the picked `waitUntilTaskRef` tasks are done, then shows the result JSON. The
 * second argument `{ input, waitUntilTaskRef? }` runs without prompts (for tests) and resolves with the response.
 */
import * as vscode from 'vscode';
import type { SignalResponse } from '../../../../common/src/model';
import { showFailure } from '../../ui/showFailure';
import type { WorkflowInput } from '../../input/inputTemplate';
import { definitionRefs } from '../../views/executions/definitionRefs';
import type { ExecutionsContext } from '../executions/executionsContext';
import { announceStart } from './announceStart';
import { chooseInput } from './chooseInput';
import { rememberedInputs } from './rememberedStore';
import { startRequest, targetLabel, type StartTarget } from './startTarget';
import { withStartTarget } from './withStartTarget';
import { isNoSyncExecute, noSyncExecuteMessage } from './executeSupport';
import { startWorkflow } from './startWorkflow';

const START = 'Start Workflow';

/** A synchronous execute chosen without prompts. */
export interface ExecuteChoice {
  readonly input: WorkflowInput;
  readonly waitUntilTaskRef?: readonly string[];
}

/** Executes synchronously; resolves with the response when sent at once, undefined when cancelled or failed. */
export async function executeWorkflow(
  context: ExecutionsContext,
  argument?: unknown,
  choice?: ExecuteChoice,
): Promise<SignalResponse | undefined> {
  const target = await withStartTarget(context, argument);
  if (!target) return undefined;
  if (choice) return execute(context, target, choice.input, choice.waitUntilTaskRef ?? []);
  const refs = await pickWaitRefs(target);
  if (!refs) return undefined;
  const sent = await chooseInput(context, target, 'Execute', (input) => execute(context, target, input, refs));
  return sent as SignalResponse | undefined;
}

async function execute(
  context: ExecutionsContext,
  target: StartTarget,
  input: WorkflowInput,
  waitUntilTaskRef: readonly string[],
): Promise<SignalResponse | undefined> {
  const label = targetLabel(target);
  try {
    const { client } = await context.services.connections.connect();
    const response = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Executing ${label}…` },
      () =>
        client.workflows.execute(startRequest(target, input), waitUntilTaskRef.length > 0 ? { waitUntilTaskRef } : {}),
    );
    if (target.file && response.workflowId) context.lastRuns.watch(target.file, response.workflowId, client);
    await rememberedInputs(context).remember(target.name, input);
    await context.documents.showResult(`execute-${target.name}`, response);
    if (response.workflowId) void announceStart(`${label} (${String(response.status ?? 'done')})`, response.workflowId);
    void context.tree.refresh();
    return response;
  } catch (error) {
    if (isNoSyncExecute(error)) return offerStart(context, target, input);
    void showFailure(context.services, `execute ${label}`, error, {
      retry: () => void execute(context, target, input, waitUntilTaskRef),
    });
    return undefined;
  }
}

async function offerStart(context: ExecutionsContext, target: StartTarget, input: WorkflowInput): Promise<undefined> {
  const server = context.services.connections.current()?.profile.name ?? 'This server';
  const choice = await vscode.window.showWarningMessage(noSyncExecuteMessage(server), START);
  if (choice !== START) return undefined;
  const argument = target.file ? { uri: target.file, inline: target.workflowDef !== undefined } : target;
  await startWorkflow(context, argument, input);
  return undefined;
}

// None picked: wait until the workflow ends or blocks (§3.2). Undefined: cancelled.
async function pickWaitRefs(target: StartTarget): Promise<string[] | undefined> {
  const refs = definitionRefs(target.definition);
  if (refs.length === 0) return [];
  const items = refs.map((ref) => ({ label: ref.ref, description: ref.type }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `Execute ${target.name}: return when these tasks are done (none = when the workflow ends or waits)`,
  });
  return picked?.map((item) => item.label);
}
