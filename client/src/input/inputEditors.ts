/**
 * JSON input editors: a real `*.input.json` file in the extension's storage, opened pre-filled, with a code lens and
 * an editor-title button ("▶ Start …") that validates the text as a JSON object and hands it to whoever opened the
 * editor (a start, an execute, a rerun). Invalid JSON is reported with its line and column and nothing is sent.
 */
import * as vscode from 'vscode';
import { inputText, type WorkflowInput } from './inputTemplate';
import { parseInput } from './parseInput';

/** What an open input editor is for. */
export interface PendingInput {
  /** The button's text, e.g. `Start order v2 with this input`. */
  readonly submitLabel: string;
  /** Sends the input; resolves with what was made (e.g. the workflow id), or undefined when sending failed. */
  readonly submit: (input: WorkflowInput) => Promise<unknown>;
  /** True when one successful send disarms the editor (a rerun); starts stay armed to start again. */
  readonly once?: boolean;
}

/** Context key listing the paths of armed input editors (drives the editor-title button). */
export const PENDING_INPUTS_KEY = 'conductor.pendingInputs';

/** The armed input editors. */
export class InputEditors implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly pending = new Map<string, PendingInput>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;

  constructor(private readonly folder: vscode.Uri) {}

  /** Writes `initial` to `<fileStem>.input.json`, opens it and arms it with `pending`. */
  async open(fileStem: string, initial: WorkflowInput, pending: PendingInput): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.joinPath(this.folder, `${fileStem.replace(/[^\w.-]+/g, '_')}.input.json`);
    await writeInput(uri, inputText(initial));
    this.pending.set(uri.toString(), pending);
    await this.publish();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    vscode.window.setStatusBarMessage(`Edit the input, then click "▶ ${pending.submitLabel}" above it.`, 10_000);
    return editor;
  }

  /** True when `uri` is an armed input editor. */
  isPending(uri: vscode.Uri): boolean {
    return this.pending.has(uri.toString());
  }

  /**
   * Validates the document of `uri` (default: the active editor) and sends it. Resolves with the send's result;
   * undefined (after saying why) when the text is not a JSON object, the editor is not armed, or sending failed.
   */
  async submit(uri?: vscode.Uri): Promise<unknown> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    const pending = target ? this.pending.get(target.toString()) : undefined;
    if (!target || !pending) {
      void vscode.window.showWarningMessage(
        'This editor is not a Conductor input editor; use "Start with Input…" first.',
      );
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(target);
    const parsed = parseInput(document.getText());
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(parsed.message);
      return undefined;
    }
    // Saved so the file on disk matches what was sent and closing the editor does not ask.
    await document.save();
    const result = await pending.submit(parsed.input);
    if (result !== undefined && pending.once === true) {
      this.pending.delete(target.toString());
      await this.publish();
    }
    return result;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const pending = this.pending.get(document.uri.toString());
    if (!pending) return [];
    const command = { title: `▶ ${pending.submitLabel}`, command: 'conductor.submitInput', arguments: [document.uri] };
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), command)];
  }

  dispose(): void {
    this.lensesChanged.dispose();
  }

  private async publish(): Promise<void> {
    const uris = [...this.pending.keys()].map((key) => vscode.Uri.parse(key));
    const paths = uris.flatMap((uri) => [uri.path, uri.fsPath]);
    await vscode.commands.executeCommand('setContext', PENDING_INPUTS_KEY, paths);
    this.lensesChanged.fire();
  }
}

// An editor already open on the file (maybe with unsaved edits) is updated in place: writing the file under it would
// leave VS Code with a conflict between the disk and the editor.
async function writeInput(uri: vscode.Uri, text: string): Promise<void> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (!open) {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, open.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  await open.save();
}
