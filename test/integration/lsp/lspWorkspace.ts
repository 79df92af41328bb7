/**
 * node:test helpers around `LspSession`: a fresh copy of the fixture workspace with a server on it per suite, and
 * opening fixture files as the client would.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { repoRoot } from '../runner/codeServer';
import type { ConductorSection, LspSession } from './lspSession';
import { startLspSession } from './lspSession';

/** The codes of a publication's diagnostics. */
export const codes = (params: PublishDiagnosticsParams): string[] => params.diagnostics.map((d) => String(d.code));

/** Accepts any publication (the first one after opening a document is its validation result). */
export const anyPublication = (): boolean => true;

/** A fresh copy of the fixture workspace and a server on it; removed after the suite. */
export function useWorkspace(settings: ConductorSection = {}): { folder: string; session: () => LspSession } {
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

/** Opens a fixture file of `folder` in the server; returns its URI. */
export async function open(session: LspSession, folder: string, path: string): Promise<string> {
  const uri = URI.file(join(folder, path)).toString();
  const text = readFileSync(join(folder, path), 'utf8');
  const languageId = path.endsWith('.workflow.json') ? 'conductor-workflow' : 'json';
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId, version: 1, text },
  });
  return uri;
}
