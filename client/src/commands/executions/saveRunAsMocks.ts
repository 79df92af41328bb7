/**
 * `conductor.saveRunAsMocks`: an execution saved as the test-run mocks of its workflow (runMocks), beside the
 * workspace file that defines the workflow, of the run's version when there are several (`<name>.mocks.json`, which
 * Test Run reads), so the run can be replayed without workers. An existing mocks file is replaced only after a modal
 * "Replace"; without a workspace file the user picks where to save. Resolves with the file written, undefined when
 * cancelled or failed.
 */
import * as vscode from 'vscode';
import { findWorkspaceDefinitions } from '../../documents/findWorkspaceDefinitions';
import { showFailure } from '../../ui/showFailure';
import { mocksUriOf } from '../start/testRunMocksFile';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { mocksFromRun } from './runMocks';

const REPLACE = 'Replace';

/** Saves the node's (or the given id's) execution as mocks; opens the file written. */
export async function saveRunAsMocks(context: ExecutionsContext, argument?: unknown): Promise<vscode.Uri | undefined> {
  const target = await executionTarget(context, 'conductor.saveRunAsMocks', argument);
  if (!target) return undefined;
  try {
    const { client } = await context.services.connections.connect();
    const run = await client.workflows.get(target.workflowId, true);
    const mocks = await mocksFromRun(run, (id) => client.workflows.get(id, true));
    const file = await chooseFile(context, run.workflowName ?? 'workflow', run.workflowVersion);
    if (!file) return undefined;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${JSON.stringify(mocks, null, 2)}\n`));
    await vscode.window.showTextDocument(file);
    return file;
  } catch (error) {
    void showFailure(context.services, `save execution ${target.workflowId} as test-run mocks`, error);
    return undefined;
  }
}

/** Beside the workflow's file when the workspace has one (asking before replacing), else where the user says. */
async function chooseFile(
  context: ExecutionsContext,
  workflowName: string,
  version: number | undefined,
): Promise<vscode.Uri | undefined> {
  const definitions = await findWorkspaceDefinitions((message) => context.services.log.trace(message));
  const named = definitions.filter((found) => found.kind === 'workflow' && found.name === workflowName);
  // Each version's file has its own mocks: a run of v2 replays v2, whichever file the scan found first.
  const source = named.find((found) => found.version === version) ?? named[0];
  if (!source) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = folder ? vscode.Uri.joinPath(folder, `${workflowName}.mocks.json`) : undefined;
    return vscode.window.showSaveDialog({ defaultUri, filters: { 'Test-run mocks': ['json'] } });
  }
  const file = mocksUriOf(vscode.Uri.file(source.path));
  const exists = await vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) return file;
  const answer = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(file)} already exists. Replace it with the mocks of this run?`,
    { modal: true },
    REPLACE,
  );
  return answer === REPLACE ? file : undefined;
}
