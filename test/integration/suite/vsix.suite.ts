/**
 * The packaged extension: run with a `.vsix` installed through `code-server --install-extension` (and only an empty
 * probe extension in development mode), it activates, its bundled language server reports diagnostics, and its
 * bundled engine (with the SQLite and jq .wasm files it needs) starts as the Local profile and runs a workflow.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { CODES } from '../../../server/src/service/messages';
import { activateExtension, codeOf, extensionId, openFixture, waitForDiagnostics } from './helpers';

suite('Packaged .vsix', () => {
  test('is installed from the extensions folder, not loaded from the sources', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed`);
    assert.match(extension.extensionUri.path, /\/extensions\/conductor-workflows\.vscode-conductor-[\d.]+$/);
  });

  test('activates', async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
  });

  test('its language server reports diagnostics', async () => {
    const document = await openFixture('broken/duplicate-key.workflow.json');
    const accept = (diagnostics: readonly vscode.Diagnostic[]): boolean =>
      diagnostics.some((diagnostic) => codeOf(diagnostic) === CODES.duplicateKey);
    await waitForDiagnostics(document.uri, accept, 'the duplicate key');
  });

  test('starts the bundled engine as the Local profile and runs INLINE and JSON_JQ_TRANSFORM on it', async () => {
    const api = (await activateExtension()).exports as ConductorExtensionApi;
    const { profile, client } = await api.connections.connect();
    assert.equal(profile.isLocal, true);
    const response = await client.workflows.execute(
      { name: 'vsix_smoke', version: 1, input: { numbers: [1, 2, 3] }, workflowDef: smokeWorkflow },
      { waitForSeconds: 20 },
    );
    assert.equal(response.status, 'COMPLETED', JSON.stringify(response));
    assert.deepEqual(response.output, { doubled: [2, 4, 6], sum: 6 });
  });
});

/** Needs the engine's QuickJS sandbox (INLINE) and jq.wasm (JSON_JQ_TRANSFORM), both shipped inside the .vsix. */
const smokeWorkflow = {
  name: 'vsix_smoke',
  version: 1,
  schemaVersion: 2,
  tasks: [
    {
      name: 'double',
      taskReferenceName: 'double',
      type: 'JSON_JQ_TRANSFORM',
      inputParameters: { numbers: '${workflow.input.numbers}', queryExpression: '.numbers | map(. * 2)' },
    },
    {
      name: 'sum',
      taskReferenceName: 'sum',
      type: 'INLINE',
      inputParameters: {
        evaluatorType: 'graaljs',
        numbers: '${workflow.input.numbers}',
        expression: '(function () { return $.numbers.reduce(function (a, b) { return a + b; }, 0); })()',
      },
    },
  ],
  outputParameters: { doubled: '${double.output.result}', sum: '${sum.output.result}' },
};
