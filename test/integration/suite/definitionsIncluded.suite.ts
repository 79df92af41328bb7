/**
 * Plain `.json` definitions that `conductor.definitions.include` matches, in a real VS Code: a workflow gets the
 * workflow file's code lenses (Register, ▶ Start, Show diagram) like a `*.workflow.json` file, and the diagram lens
 * draws it; an included task definition gets Register only, and the workflow none once the globs leave it out. Quick
 * glob changes restart the language server one at a time.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { nodeCount, probe } from './diagramHelpers';
import { activateExtension, openFixture, serverCaughtUp } from './helpers';

const plainWorkflow = 'plain/flows/refund_plain.json';
const plainTaskDef = 'plain/defs/refund.json';

/** The names of the outline's top-level symbols of `document`, once the (restarting) server answers with some. */
async function outlineNames(document: vscode.TextDocument): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    if (symbols?.length) return symbols.map((symbol) => symbol.name);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

/** The commands of the code lenses VS Code shows on `document`. */
async function lensCommands(document: vscode.TextDocument): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
    'vscode.executeCodeLensProvider',
    document.uri,
    100,
  );
  return lenses.map((lens) => lens.command?.command ?? '').sort();
}

suite('Definitions on included plain JSON files', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('conductor');

  suiteSetup(async () => {
    await activateExtension();
    await config().update(
      'definitions.include',
      ['plain/flows/*.json', 'plain/defs/*.json'],
      vscode.ConfigurationTarget.Workspace,
    );
  });

  suiteTeardown(async () => {
    await config().update('definitions.include', undefined, vscode.ConfigurationTarget.Workspace);
    // The glob change restarts the language server: later suites need the new one up.
    await serverCaughtUp();
  });

  test('an included plain workflow gets the Register, Start and diagram lenses, and the lens draws it', async () => {
    const document = await openFixture(plainWorkflow);
    assert.equal(document.languageId, 'json');
    const commands = await lensCommands(document);
    for (const command of ['conductor.registerDefinition', 'conductor.startWorkflow', 'conductor.showDiagram']) {
      assert.ok(commands.includes(command), `${command} in ${commands.join(', ')}`);
    }
    await vscode.commands.executeCommand('conductor.showDiagram', document.uri);
    assert.ok(nodeCount((await probe()).svg) > 0, 'the diagram is drawn');
  });

  test('an included task definition gets Register only, a file the globs leave out no lens', async () => {
    const taskDef = await openFixture(plainTaskDef);
    const taskDefLenses = await lensCommands(taskDef);
    assert.ok(taskDefLenses.includes('conductor.registerDefinition'), `Register in ${taskDefLenses.join(', ')}`);
    assert.ok(!taskDefLenses.includes('conductor.startWorkflow'));
    await config().update('definitions.include', ['plain/defs/*.json'], vscode.ConfigurationTarget.Workspace);
    const workflow = await openFixture(plainWorkflow);
    assert.deepEqual(await lensCommands(workflow), [], 'plain JSON again: no definition lens');
  });

  test('two quick glob changes leave one language server: the outline lists each task once', async () => {
    const target = vscode.ConfigurationTarget.Workspace;
    // The second change lands while the first restart's server is still starting (a start takes about a second).
    await config().update('definitions.include', ['plain/flows/*.json'], target);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await config().update('definitions.include', ['plain/flows/*.json', 'plain/defs/*.json'], target);
    await serverCaughtUp();
    const workflow = await openFixture('orders/order.workflow.json');
    assert.ok((await outlineNames(workflow)).length > 0, 'the outline answers');
    await serverCaughtUp();
    const names = await outlineNames(workflow);
    assert.deepEqual(names, [...new Set(names)], 'each task once: two servers would list every task twice');
  });
});
