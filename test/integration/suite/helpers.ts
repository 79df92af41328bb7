/**
 * Helpers for the suites that run inside VS Code: open fixture files, wait for diagnostics on events (never on
 * sleeps), and ask the runner for screenshots.
 */
import { existsSync, rmSync, watch } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CODES } from '../../../server/src/service/messages';
import { snapshotMarker, testEnv } from '../runner/results';

/** The extension's id: `<publisher>.<name>` from package.json. */
export const extensionId = 'conductor-workflows.vscode-conductor';

/** How long a suite waits for the language server before it fails with what it saw. */
const defaultTimeoutMs = 30_000;

/** The URI of a file in the fixture workspace (a fresh copy per run, so suites may change it). */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the runner must open test/integration/workspace');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture file in an editor and returns its document. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Activates the Conductor extension and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`Extension ${extensionId} is not installed in this VS Code`);
  await extension.activate();
  return extension;
}

/**
 * Resolves with the diagnostics of `uri` once `accept` holds for them: checks now, then on every
 * `languages.onDidChangeDiagnostics` for that URI. Rejects after `timeoutMs` showing the last diagnostics seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = defaultTimeoutMs,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)} ${d.message}`);
      reject(
        new Error(`Timed out after ${timeoutMs} ms waiting for ${what} in ${uri.path}; saw: ${JSON.stringify(seen)}`),
      );
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

let barriers = 0;

/**
 * Resolves once the language server has published diagnostics for every document opened before the call. The server
 * publishes in the order documents arrive, so opening a fresh file with a known error and waiting for that error is a
 * barrier; no sleeping, and "no diagnostics" becomes something a test can wait for.
 */
export async function serverCaughtUp(): Promise<void> {
  const uri = workspaceUri(`barriers/barrier-${++barriers}.workflow.json`);
  const text = '{ "name": "barrier", "name": "barrier", "tasks": [] }\n';
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const caughtUp = (diagnostics: readonly vscode.Diagnostic[]): boolean =>
    diagnostics.some((diagnostic) => codeOf(diagnostic) === CODES.duplicateKey);
  await waitForDiagnostics(uri, caughtUp, 'the barrier file to be validated');
}

/** The diagnostic's code as a string (VS Code may wrap it as `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/**
 * Asks the runner for a screenshot of the workbench as it is now and waits until the PNG exists. A no-op when the
 * runner was not asked for screenshots.
 */
export async function snap(name: string, timeoutMs = defaultTimeoutMs): Promise<void> {
  const folder = process.env[testEnv.snapshots];
  if (!folder) return;
  const file = join(folder, `${name}.png`);
  // A PNG left by an earlier run must not satisfy the wait.
  rmSync(file, { force: true });
  const appeared = new Promise<void>((resolve, reject) => {
    const watcher = watch(folder, () => {
      if (!existsSync(file)) return;
      finish();
      resolve();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`The runner did not take screenshot '${name}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      watcher.close();
    };
  });
  console.log(`${snapshotMarker} ${name}`);
  await appeared;
}
