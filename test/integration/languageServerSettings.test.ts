/**
 * The language server's settings over real LSP: `conductor.definitions.include` and `conductor.validation.enable`,
 * answered by the test client through `workspace/configuration`.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { missingTaskDefinition } from '../../server/src/service/rules/missingTaskDefinition';
import { anyPublication, codes, open, useWorkspace } from './lsp/lspWorkspace';

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
