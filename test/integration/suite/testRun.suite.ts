/**
 * Test Run in a real VS Code, on the Local engine's `POST /api/workflow/test` (§3.2): a workflow file runs as is with
 * the mocks of its `*.mocks.json` file (the mocked worker output picks the SWITCH case), the execution diagram opens
 * on the run, and the file gets its last-run hints; without a mocks file the operators still run for real. A run
 * saved as mocks (`conductor.saveRunAsMocks`) lands beside its workflow file. An open mocks file is read as its editor
 * has it, unsaved edits included, as the workflow is.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Workflow } from '../../../common/src/model';
import { classesOf, probe } from './diagramHelpers';
import { activateExtension, openFixture, waitForDiagnostics, workspaceUri } from './helpers';

/** Test-runs `file` with `input`; resolves with the run the command returned. */
async function testRun(file: string, input: Record<string, unknown>): Promise<Workflow> {
  const document = await openFixture(file);
  const run = await vscode.commands.executeCommand<Workflow | undefined>(
    'conductor.testRunWorkflow',
    document.uri,
    input,
  );
  assert.ok(run, 'the test run answered with the run');
  return run;
}

suite('Test run', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('runs the file with its mocks file: the mocked output picks the case, the diagram shows it', async () => {
    const run = await testRun('lastrun/routing.workflow.json', {});
    assert.equal(run.status, 'COMPLETED');
    const refs = run.tasks?.map((task) => task.referenceTaskName);
    assert.deepEqual(refs, ['check', 'route', 'took_b']);
    const { svg } = await probe();
    assert.match(classesOf(svg, 'took_b'), /status-COMPLETED/);
    assert.match(classesOf(svg, 'took_a'), /status-NOT_RUN/);
  });

  test('uses the mocks file as its editor has it: an unsaved edit of a mock picks the other case', async () => {
    const mocks = await openFixture('lastrun/routing.mocks.json');
    const editor = await vscode.window.showTextDocument(mocks);
    const at = mocks.getText().indexOf('"b"');
    const range = new vscode.Range(mocks.positionAt(at), mocks.positionAt(at + 3));
    assert.ok(await editor.edit((edit) => edit.replace(range, '"a"')));
    try {
      const run = await testRun('lastrun/routing.workflow.json', {});
      assert.deepEqual(
        run.tasks?.map((task) => task.referenceTaskName),
        ['check', 'route', 'took_a'],
      );
    } finally {
      await vscode.window.showTextDocument(mocks);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(mocks.isDirty, false, 'the edit was reverted');
  });

  test('without a mocks file the operators run for real and the file gets the last-run marks', async () => {
    const run = await testRun('lastrun/last_run.workflow.json', { mode: 'stop' });
    assert.equal(run.status, 'FAILED');
    const document = await openFixture('lastrun/last_run.workflow.json');
    const [mark] = await waitForDiagnostics(
      document.uri,
      (all) => all.some((diagnostic) => diagnostic.source === 'Conductor last run'),
      'the last-run mark of the test run',
    );
    assert.match(mark?.message ?? '', new RegExp(`execution ${run.workflowId}\\) ended FAILED: stopped on purpose`));
  });

  test('a run saved as mocks lands beside its workflow file, with what its worker task returned', async () => {
    const mocksFile = workspaceUri('lastrun/routing.mocks.json');
    const original = await vscode.workspace.fs.readFile(mocksFile);
    const run = await testRun('lastrun/routing.workflow.json', {});
    await vscode.workspace.fs.delete(mocksFile);
    try {
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        'conductor.saveRunAsMocks',
        run.workflowId,
      );
      assert.equal(saved?.toString(), mocksFile.toString());
      const mocks = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(mocksFile))) as unknown;
      assert.deepEqual(mocks, { taskRefToMockOutput: { check: [{ status: 'COMPLETED', output: { route: 'b' } }] } });
    } finally {
      await vscode.workspace.fs.writeFile(mocksFile, original);
    }
  });

  test('a run saved as mocks lands beside the file of its own version when the workflow has several', async () => {
    const v1 = await openFixture('lastrun/routing.workflow.json');
    const copy = workspaceUri('lastrun/routing_v2.workflow.json');
    const v2 = { ...(JSON.parse(v1.getText()) as Record<string, unknown>), version: 2 };
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(JSON.stringify(v2, null, 2)));
    const mocksFile = workspaceUri('lastrun/routing_v2.mocks.json');
    try {
      const run = await testRun('lastrun/routing_v2.workflow.json', {});
      assert.equal(run.workflowVersion, 2);
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        'conductor.saveRunAsMocks',
        run.workflowId,
      );
      assert.equal(saved?.toString(), mocksFile.toString());
    } finally {
      await vscode.workspace.fs.delete(copy);
      await vscode.workspace.fs.delete(mocksFile).then(undefined, () => undefined);
    }
  });
});
