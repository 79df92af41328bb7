/**
 * `conductor.testRunWorkflow`: runs a workflow file as is on the active server's test endpoint (§3.2
 * `POST /api/workflow/test`) with mocked task results (testRunMocksFile), so its routing for an input can be checked
 * without workers: the execution diagram opens on the run, and the file gets the last-run marks and hints. The input
 * is the one remembered for the workflow (or the second argument). Resolves with the run, undefined when cancelled or
 * failed (after saying why).
 */
import * as vscode from 'vscode';
import type { Workflow } from '../../../../common/src/model';
import { getIncludeGlobs } from '../../configuration';
import { isWorkflowDocument } from '../../documents/definitionDocument';
import { showFailure } from '../../ui/showFailure';
import type { ExecutionsContext } from '../executions/executionsContext';
import { isObject } from '../../../../server/src/service/model/jsonValue';
import { rememberedInputs } from './rememberedStore';
import { startRequest, targetLabel, type StartTarget } from './startTarget';
import { loadMocks, openMocksFile, type LoadedMocks } from './testRunMocksFile';
import { withStartTarget } from './withStartTarget';

const CREATE_MOCKS = 'Create Mocks File';
const OPEN_MOCKS = 'Open Mocks File';

/** Test-runs the file (a URI, or the active workflow editor) or a registered definition node. */
export async function testRunWorkflow(
  context: ExecutionsContext,
  argument?: unknown,
  input?: unknown,
): Promise<Workflow | undefined> {
  const target = await withStartTarget(context, asInlineFile(argument));
  if (!target) return undefined;
  let loaded: LoadedMocks;
  try {
    loaded = await loadMocks(target.file, target.definition);
  } catch (error) {
    void showFailure(context.services, `read the mocks of ${target.name}`, error);
    return undefined;
  }
  const given = isObject(input) ? input : (rememberedInputs(context).get(target.name) ?? {});
  return run(context, target, given, loaded);
}

async function run(
  context: ExecutionsContext,
  target: StartTarget,
  input: Record<string, unknown>,
  loaded: LoadedMocks,
): Promise<Workflow | undefined> {
  const label = targetLabel(target);
  try {
    const { client } = await context.services.connections.connect();
    const body = { ...startRequest(target, input), ...loaded.mocks };
    const workflow = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Test run of ${label}…` },
      () => client.http.request<Workflow>('POST', '/api/workflow/test', { body }),
    );
    if (target.file) context.lastRuns.watch(target.file, workflow.workflowId, client);
    await vscode.commands.executeCommand('conductor.showExecutionDiagram', workflow.workflowId);
    void context.tree.refresh();
    void announce(target, workflow, loaded);
    return workflow;
  } catch (error) {
    void showFailure(context.services, `test-run ${label}`, error, {
      retry: () => void run(context, target, input, loaded),
    });
    return undefined;
  }
}

async function announce(target: StartTarget, workflow: Workflow, loaded: LoadedMocks): Promise<void> {
  const where = loaded.file ? vscode.workspace.asRelativePath(loaded.file) : undefined;
  const mocks = where ? `mocks from ${where}` : 'worker tasks completed with empty outputs (no mocks file)';
  const action = target.file ? (where ? OPEN_MOCKS : CREATE_MOCKS) : undefined;
  const message = `Test run of ${target.name} (${workflow.workflowId}): ${workflow.status}, ${mocks}.`;
  const choice = await vscode.window.showInformationMessage(message, ...(action ? [action] : []));
  if (choice && target.file) await openMocksFile(target.file, target.definition);
}

/** A file is always test-run as is; the active workflow editor stands for a missing argument. */
function asInlineFile(argument: unknown): unknown {
  if (argument instanceof vscode.Uri) return { uri: argument, inline: true };
  const active = vscode.window.activeTextEditor?.document;
  if (argument === undefined && active && isWorkflowDocument(active, getIncludeGlobs())) {
    return { uri: active.uri, inline: true };
  }
  return argument;
}
