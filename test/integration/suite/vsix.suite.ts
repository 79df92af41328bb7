/**
 * The packaged extension: run with a `.vsix` installed through `code-server --install-extension` (and only an empty
 * probe extension in development mode), it activates and its bundled language server reports diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
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
});
