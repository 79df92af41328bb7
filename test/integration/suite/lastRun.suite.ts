/**
 * Last-run warnings in a real VS Code: a workflow file started from the editor (inline, on the Local engine) whose run
 * fails gets a warning on the failed task's `taskReferenceName`, with the reason; its quick fix opens the execution
 * diagram; an edit clears it; a run ended by TERMINATE marks the workflow's name; a new run replaces the marks; and
 * completion inside `${quote.output.result.…}` offers the keys the run really produced, and inlay hints say how
 * each task did. Deleting a file drops its marks.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { classesOf, probe } from './diagramHelpers';
import { activateExtension, openFixture, snap, waitForDiagnostics, workspaceUri } from './helpers';

const file = 'lastrun/last_run.workflow.json';
const source = 'Conductor last run';

/** The last-run warnings among `diagnostics`. */
function lastRun(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.source === source);
}

/** Starts the file itself (no registration) down SWITCH case `mode`. */
async function startFile(document: vscode.TextDocument, mode: string): Promise<string> {
  const argument = { uri: document.uri, inline: true };
  const id = await vscode.commands.executeCommand<string | undefined>('conductor.startWorkflow', argument, { mode });
  assert.ok(id, 'the start answered with the workflow id');
  return id;
}

suite('Last run', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    document = await openFixture(file);
  });

  test('a failed run started from the file marks the failed task with its reason; the quick fix shows it', async () => {
    const id = await startFile(document, 'optional');
    const [warning] = lastRun(
      await waitForDiagnostics(document.uri, (all) => lastRun(all).length > 0, 'the last-run warning'),
    );
    assert.ok(warning);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(warning.range), '"maybe"');
    assert.match(warning.message, new RegExp(`execution ${id}.*optional broke`));
    const editor = await vscode.window.showTextDocument(document, {
      selection: new vscode.Selection(warning.range.start, warning.range.start),
    });
    editor.revealRange(warning.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.showHover');
    await snap('last-run-warning');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      warning.range,
    );
    const show = actions.find((action) => action.title === 'Show the execution diagram');
    assert.ok(show?.command, `got ${actions.map((action) => action.title).join(', ')}`);
    assert.deepEqual(show.command.arguments, [id]);
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    assert.match(classesOf((await probe()).svg, 'maybe'), /status-COMPLETED_WITH_ERRORS|status-FAILED/);
  });

  test('an edit clears the marks; TERMINATE marks the name; a new run replaces the marks', async () => {
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 1), ' '));
    await waitForDiagnostics(document.uri, (all) => lastRun(all).length === 0, 'the marks to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await startFile(document, 'stop');
    await waitForDiagnostics(document.uri, (all) => lastRun(all).length === 1, 'the TERMINATE mark on the name');
    const [onName] = lastRun(vscode.languages.getDiagnostics(document.uri));
    assert.equal(onName && document.getText(onName.range), '"last_run_demo"');
    await startFile(document, 'none');
    await waitForDiagnostics(document.uri, (all) => lastRun(all).length === 0, 'the new run to replace them');
  });

  test('completion offers the output keys of the last run; inlay hints show how each task did', async () => {
    const id = await startFile(document, 'none');
    const text = document.getText();
    const position = document.positionAt(text.indexOf('${quote.output.result.') + '${quote.output.result.'.length);
    const labels = async (): Promise<string[]> => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        position,
      );
      return list.items
        .filter((item) => item.detail?.includes(id) === true)
        .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    const deadline = Date.now() + 20_000;
    let seen = await labels();
    while (seen.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = await labels();
    }
    assert.deepEqual(seen.sort(), ['customer', 'total']);
    const whole = new vscode.Range(new vscode.Position(0, 0), document.positionAt(text.length));
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      document.uri,
      whole,
    );
    const quoteLine = document.positionAt(text.indexOf('"taskReferenceName": "quote"')).line;
    const onQuote = hints.find((hint) => hint.position.line === quoteLine);
    assert.match(typeof onQuote?.label === 'string' ? onQuote.label : '', /^✓ COMPLETED/);
  });

  test('deleting the file drops its marks: no warning is left on a file that is gone', async () => {
    const copy = workspaceUri('lastrun/deleted_run.workflow.json');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(document.getText()));
    try {
      await startFile(await vscode.workspace.openTextDocument(copy), 'stop');
      await waitForDiagnostics(copy, (all) => lastRun(all).length === 1, 'the mark of the copy');
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
    await waitForDiagnostics(copy, (all) => lastRun(all).length === 0, 'the marks of the deleted file to go');
  });
});
