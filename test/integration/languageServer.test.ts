/**
 * The language-server shell over real LSP (a server process on stdio, no VS Code): the initial workspace scan,
 * watched-file events and unsaved edits re-validating dependents, closing, and edit coalescing.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  FileChangeType,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { CODES } from '../../server/src/service/messages';
import { missingTaskDefinition } from '../../server/src/service/rules/missingTaskDefinition';
import { anyPublication, codes, open, useWorkspace } from './lsp/lspWorkspace';

void describe('language server: workspace index and diagnostics', () => {
  const { folder, session } = useWorkspace();

  void test('reports a duplicate key in an opened workflow', async () => {
    const uri = await open(session(), folder, 'broken/duplicate-key.workflow.json');
    const published = await session().waitForDiagnostics(uri, anyPublication);
    assert.deepEqual(codes(published), [CODES.duplicateKey]);
  });

  void test('the initial scan finds task definitions on disk: a workflow using them is clean', async () => {
    const uri = await open(session(), folder, 'orders/order.workflow.json');
    const published = await session().waitForDiagnostics(uri, anyPublication);
    assert.deepEqual(published.diagnostics, []);
  });

  void test('a deleted task definition file makes the workflow warn; re-created, the warning goes', async () => {
    const workflow = URI.file(join(folder, 'orders/order.workflow.json')).toString();
    const taskDefPath = join(folder, 'orders/charge_card.taskdef.json');
    const taskDef = URI.file(taskDefPath).toString();
    const content = readFileSync(taskDefPath, 'utf8');
    unlinkSync(taskDefPath);
    await session().connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: taskDef, type: FileChangeType.Deleted }],
    });
    const warned = await session().waitForDiagnostics(workflow, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(warned), [missingTaskDefinition.id]);
    writeFileSync(taskDefPath, content);
    await session().connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: taskDef, type: FileChangeType.Created }],
    });
    await session().waitForDiagnostics(workflow, (p) => p.diagnostics.length === 0);
  });

  void test('renaming a task definition in its open editor (unsaved) makes the workflow warn', async () => {
    const workflow = URI.file(join(folder, 'orders/order.workflow.json')).toString();
    const uri = await open(session(), folder, 'orders/ship_order.taskdef.json');
    const text = readFileSync(join(folder, 'orders/ship_order.taskdef.json'), 'utf8');
    await session().connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: text.replace('"ship_order"', '"ship_parcel"') }],
    });
    const warned = await session().waitForDiagnostics(workflow, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(warned), [missingTaskDefinition.id]);
    const message = warned.diagnostics[0]?.message;
    assert.ok(typeof message === 'string');
    assert.match(message, /'ship_order'/);
    await session().connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text }],
    });
    await session().waitForDiagnostics(workflow, (p) => p.diagnostics.length === 0);
  });

  void test('closing a document clears its diagnostics', async () => {
    const uri = URI.file(join(folder, 'broken/duplicate-key.workflow.json')).toString();
    await session().connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await session().waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  void test('rapid edits publish diagnostics for the latest version', async () => {
    const uri = await open(session(), folder, 'broken/fixable.workflow.json');
    await session().waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const fixed = readFileSync(join(folder, 'broken/fixable.workflow.json'), 'utf8').replace(
      ', "type": "SIMPLE" }',
      ' }',
    );
    for (const [version, text] of [
      [2, fixed + ' '],
      [3, fixed + '  '],
      [4, fixed],
    ] as const) {
      await session().connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    }
    const latest = await session().waitForDiagnostics(uri, (p) => p.version === 4);
    assert.deepEqual(latest.diagnostics, []);
  });
});
