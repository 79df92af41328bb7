/**
 * Editor features end to end in a real VS Code: completion inside `${…}`, go to definition (a reference → its task,
 * a task name → its task definition file), rename of a taskReferenceName (and its refusal), hover, the outline, a
 * quick fix and semantic tokens, all through VS Code's own provider commands against the extension's language server.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CODES } from '../../../server/src/service/messages';
import { activateExtension, codeOf, openFixture, waitForDiagnostics } from './helpers';

const workflowPath = 'orders/order.workflow.json';

/** The position `delta` characters into the `nth` occurrence of `needle`. */
function positionOf(document: vscode.TextDocument, needle: string, delta: number, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = document.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `'${needle}' not found in ${document.uri.path}`);
  return document.positionAt(at + delta);
}

suite('Features', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    // Diagnostics on a broken file prove the language server is up before the first feature request.
    const broken = await openFixture('broken/duplicate-key.workflow.json');
    await waitForDiagnostics(broken.uri, (all) => all.some((d) => codeOf(d) === CODES.duplicateKey), 'the server');
    document = await openFixture(workflowPath);
  });

  test('completion inside ${…} offers workflow fields and the declared inputs', async () => {
    const fields = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      positionOf(document, '${workflow.input.orderId}', 11),
    );
    const labels = fields.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('input') && labels.includes('variables'), `got ${labels.join(', ')}`);
    const inputs = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      positionOf(document, '${workflow.input.orderId}', 17),
    );
    const names = inputs.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(names.includes('orderId') && names.includes('amount'), `got ${names.join(', ')}`);
  });

  test('go to definition: ${ref…} → the task, task name → its task definition file', async () => {
    const [reference] = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, '${charge.output.chargeId}', 3, 1),
    );
    assert.ok(reference && 'range' in reference);
    assert.equal(document.getText(reference.range), '"charge"');
    const [taskDef] = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, '"charge_card"', 2),
    );
    assert.ok(taskDef && 'uri' in taskDef);
    assert.match(taskDef.uri.path, /orders\/charge_card\.taskdef\.json$/);
  });

  test('rename of a taskReferenceName updates the task and every ${…} use', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      positionOf(document, '"taskReferenceName": "charge"', 23),
      'payment',
    );
    const edits = edit.get(document.uri);
    assert.equal(edits.length, 3);
    for (const change of edits) {
      assert.equal(document.getText(change.range), 'charge');
      assert.equal(change.newText, 'payment');
    }
  });

  test('rename to an existing reference name is refused with the reason', async () => {
    await assert.rejects(
      async () =>
        await vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          positionOf(document, '"taskReferenceName": "charge"', 23),
          'ship',
        ),
      /already exists/,
    );
  });

  test('hover on a reference names the task; the outline lists the tasks', async () => {
    const [hover] = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '${charge.output.chargeId}', 3, 1),
    );
    const text = hover?.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n') ?? '';
    assert.match(text, /charge_card/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['charge', 'ship'],
    );
  });

  test('a quick fix from a diagnostic: did-you-mean for an unknown task type', async () => {
    const typo = await openFixture('features/typo.workflow.json');
    const [diagnostic] = await waitForDiagnostics(
      typo.uri,
      (all) => all.some((d) => codeOf(d) === 'conductor.unknownTaskType'),
      'the unknown type',
    );
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      typo.uri,
      diagnostic.range,
    );
    const fix = actions.find((action) => action.title === "Change to 'SIMPLE'");
    assert.ok(fix?.edit, `got ${actions.map((action) => action.title).join(', ')}`);
    const [edit] = fix.edit.get(typo.uri);
    assert.equal(edit?.newText, '"SIMPLE"');
  });

  test('semantic tokens tell task references from unknown ones', async () => {
    const typo = await openFixture('features/typo.workflow.json');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentRangeSemanticTokensLegend',
      typo.uri,
    );
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
      'vscode.provideDocumentRangeSemanticTokens',
      typo.uri,
      new vscode.Range(0, 0, typo.lineCount, 0),
    );
    const types: string[] = [];
    for (let i = 3; i < tokens.data.length; i += 5) types.push(legend.tokenTypes[tokens.data[i] ?? 0] ?? '');
    assert.deepEqual(types, ['variable', 'property', 'property', 'unresolvedReference', 'property']);
  });
});
