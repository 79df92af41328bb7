/**
 * Where a start's input comes from: an `*.input.json` file beside the workflow file (sent as it is), or the input
 * editor pre-filled from the definition's `inputParameters`/`inputTemplate` and the input remembered from last time.
 * Without input files the editor opens directly.
 */
import * as vscode from 'vscode';
import { basename } from 'node:path';
import { errorMessage } from '../../api';
import { findInputFiles } from '../../input/inputFiles';
import { prefilledInput, type WorkflowInput } from '../../input/inputTemplate';
import { parseInput } from '../../input/parseInput';
import type { ExecutionsContext } from '../executions/executionsContext';
import { rememberedInputs } from './rememberedStore';
import type { StartTarget } from './startTarget';

/** Sends an input; resolves with the result (e.g. the workflow id), undefined when it failed. */
export type SendInput = (input: WorkflowInput) => Promise<unknown>;

/**
 * Offers the input sources; a file is sent at once (resolving with the send's result), the editor resolves
 * undefined once it is open (its button sends later).
 */
export async function chooseInput(
  context: ExecutionsContext,
  target: StartTarget,
  verb: string,
  send: SendInput,
): Promise<unknown> {
  const files = target.file?.scheme === 'file' ? await findInputFiles(target.file.fsPath, target.name) : [];
  const editItem = {
    label: '$(edit) Edit input…',
    description: 'pre-filled from inputParameters and the last input',
    file: '',
  };
  const fileItems = files.map((file) => ({ label: `$(json) ${basename(file)}`, description: 'send as it is', file }));
  const picked =
    fileItems.length === 0
      ? editItem
      : await vscode.window.showQuickPick([editItem, ...fileItems], { title: `${verb} ${target.name} with input` });
  if (!picked) return undefined;
  if (picked.file) return sendFile(picked.file, send);
  await openInputEditor(context, target, verb, send);
  return undefined;
}

/** Opens the input editor for `target`, armed to send with `send`. */
export async function openInputEditor(
  context: ExecutionsContext,
  target: StartTarget,
  verb: string,
  send: SendInput,
): Promise<void> {
  const remembered = rememberedInputs(context).get(target.name);
  await context.inputs.open(target.name, prefilledInput(target.definition, remembered), {
    submitLabel: `${verb} ${target.name} with this input`,
    submit: send,
  });
}

async function sendFile(file: string, send: SendInput): Promise<unknown> {
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file)));
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not read ${basename(file)}: ${errorMessage(error)}. Pick another input.`,
    );
    return undefined;
  }
  const parsed = parseInput(text);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(`${basename(file)}: ${parsed.message}`);
    return undefined;
  }
  return send(parsed.input);
}
