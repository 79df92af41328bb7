/**
 * The mocks file beside a workflow file (testRunMocks): read for a test run, or created from the skeleton on request.
 * An existing file is never overwritten.
 */
import * as vscode from 'vscode';
import type { WorkflowDef } from '../../../../common/src/model';
import { defaultMocks, mocksPathOf, mocksSkeleton, parseMocks, type TestRunMocks } from './testRunMocks';

/** The mocks of a run, and where they came from. */
export interface LoadedMocks {
  readonly mocks: TestRunMocks;
  /** The mocks file, when it exists and was used. */
  readonly file?: vscode.Uri;
}

/** The URI of the mocks file of `workflowFile`. */
export function mocksUriOf(workflowFile: vscode.Uri): vscode.Uri {
  return workflowFile.with({ path: mocksPathOf(workflowFile.path) });
}

/** The mocks file's content when `workflowFile` has one, else the default mocks; throws when the file is broken. */
export async function loadMocks(workflowFile: vscode.Uri | undefined, definition: WorkflowDef): Promise<LoadedMocks> {
  if (!workflowFile) return { mocks: defaultMocks(definition) };
  const file = mocksUriOf(workflowFile);
  const text = await mocksText(file);
  if (text === undefined) return { mocks: defaultMocks(definition) };
  return { mocks: parseMocks(text, vscode.workspace.asRelativePath(file)), file };
}

/**
 * The mocks file's text as the editor has it, unsaved changes included (the workflow runs as its editor has it too,
 * and a Test Run right after editing a mock must use the edit); from disk when it is not open; undefined without one.
 */
async function mocksText(file: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Opens the mocks file of `workflowFile`, first writing the skeleton of `definition` when there is none. */
export async function openMocksFile(workflowFile: vscode.Uri, definition: WorkflowDef): Promise<void> {
  const file = mocksUriOf(workflowFile);
  const exists = await vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(mocksSkeleton(definition)));
  await vscode.window.showTextDocument(file);
}
