/**
 * The language-server shell over real LSP (a server process on stdio, no VS Code): the initial workspace scan,
 * watched-file events re-validating dependents, include globs, the enable setting, closing and edit coalescing.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
} from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { CODES } from '../../server/src/service/messages';
import { missingTaskDefinition } from '../../server/src/service/rules/missingTaskDefinition';
import type { ConductorSection, LspSession } from './lsp/lspSession';
import { startLspSession } from './lsp/lspSession';
import { repoRoot } from './runner/codeServer';

const codes = (params: PublishDiagnosticsParams): string[] => params.diagnostics.map((d) => String(d.code));
const anyPublication = (): boolean => true;

/** A fresh copy of the fixture workspace and a server on it; removed after the suite. */
function useWorkspace(settings: ConductorSection = {}): { folder: string; session: () => LspSession } {
  const folder = mkdtempSync(join(tmpdir(), 'conductor-lsp-'));
  let session: LspSession | undefined;
  before(async () => {
    cpSync(join(repoRoot, 'test/integration/workspace'), folder, { recursive: true });
    session = await startLspSession(folder, settings);
  });
  after(async () => {
    await session?.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  return { folder, session: () => session ?? assert.fail('server not started') };
}

async function open(session: LspSession, folder: string, path: string): Promise<string> {
  const uri = URI.file(join(folder, path)).toString();
  const text = readFileSync(join(folder, path), 'utf8');
  const languageId = path.endsWith('.workflow.json') ? 'conductor-workflow' : 'json';
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId, version: 1, text },
  });
  return uri;
}

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
