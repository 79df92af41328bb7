/**
 * The language server's settings over real LSP: `conductor.definitions.include` and `conductor.validation.enable`,
 * answered by the test client through `workspace/configuration`; and workspace folders added and removed.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DidChangeWorkspaceFoldersNotification } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { missingTaskDefinition } from '../../server/src/service/rules/missingTaskDefinition';
import { anyPublication, codes, open, useWorkspace } from './lsp/lspWorkspace';
import { repoRoot } from './runner/codeServer';

void describe('language server: settings', () => {
  void describe('without include globs', () => {
    const { folder, session } = useWorkspace();
    void test('a task definition kept as plain JSON is not indexed', async () => {
      const uri = await open(session(), folder, 'plain/refund.workflow.json');
      const published = await session().waitForDiagnostics(uri, anyPublication);
      assert.deepEqual(codes(published), [missingTaskDefinition.id]);
    });
  });

  void describe('with conductor.definitions.include', () => {
    const { folder, session } = useWorkspace({ definitions: { include: ['plain/defs/*.json'] } });
    void test('plain JSON task definitions matching the globs are indexed', async () => {
      const uri = await open(session(), folder, 'plain/refund.workflow.json');
      const published = await session().waitForDiagnostics(uri, anyPublication);
      assert.deepEqual(published.diagnostics, []);
    });
  });

  void describe('with conductor.validation.enable = false', () => {
    const { folder, session } = useWorkspace({ validation: { enable: false } });
    void test('no diagnostics are published', async () => {
      const uri = await open(session(), folder, 'broken/duplicate-key.workflow.json');
      const published = await session().waitForDiagnostics(uri, anyPublication);
      assert.deepEqual(published.diagnostics, []);
    });
  });
});

void describe('language server: workspace folders', () => {
  const { folder, session } = useWorkspace();
  const extra = URI.file(join(repoRoot, 'test/integration/workspace-extra')).toString();
  const change = (added: string[], removed: string[]): Promise<void> =>
    session().connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: {
        added: added.map((uri) => ({ uri, name: 'extra' })),
        removed: removed.map((uri) => ({ uri, name: 'extra' })),
      },
    });

  void test('adding a folder indexes its definitions; removing it forgets them', async () => {
    const uri = await open(session(), folder, 'plain/refund.workflow.json');
    await session().waitForDiagnostics(uri, (p) => codes(p).includes(missingTaskDefinition.id));
    await change([extra], []);
    await session().waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await change([], [extra]);
    await session().waitForDiagnostics(uri, (p) => codes(p).includes(missingTaskDefinition.id));
  });
});
