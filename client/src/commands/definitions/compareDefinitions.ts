/**
 * Comparing a local definition file with what is registered: `conductor.compareWithRegistered(fileUri)` finds the
 * registered definition by the file's name (and version, for workflows); `conductor.compareWithLocalFile(node)`
 * finds the workspace file that defines a registered one. Both open `vscode.diff` registered ↔ local, the registered
 * side read-only with its keys in the file's order.
 */
import * as vscode from 'vscode';
import { ConductorApiError } from '../../api';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import { fetchDefinition } from '../../documents/fetchDefinition';
import { remoteUri } from '../../documents/remoteDocumentProvider';
import { showFailure } from '../../ui/showFailure';
import { definitionRefOf, NO_DEFINITION_MESSAGE } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { baseName, readTargetFile, targetDocument } from './fileTarget';
import { findLocalFile } from './findLocalFile';
import { fileRefs } from './registrationFlow';
import { REGISTER_DEFINITION_COMMAND } from './registerDefinitionFile';

/** Compares a local file with what is registered (the argument is the file's URI). */
export const COMPARE_WITH_REGISTERED_COMMAND = 'conductor.compareWithRegistered';
/** Compares a registered definition (a view node) with the workspace file that defines it. */
export const COMPARE_WITH_LOCAL_COMMAND = 'conductor.compareWithLocalFile';

const REGISTER = 'Register';

/**
 * Opens the diff (`element`: the definition's index in a file holding an array); says so, offering Register, when
 * the definition is not registered. Resolves true when shown.
 */
async function showComparison(
  ctx: DefinitionsContext,
  ref: DefinitionRef,
  local: vscode.Uri,
  element?: number,
): Promise<boolean> {
  try {
    const { client, profile } = await ctx.services.connections.connect();
    await fetchDefinition(client, ref);
    const title = `${ref.name}${ref.version === undefined ? '' : ` v${ref.version}`} (${profile.name}) ↔ ${baseName(local)}`;
    await vscode.commands.executeCommand('vscode.diff', remoteUri(ref, local, element), local, title);
    return true;
  } catch (error) {
    if (error instanceof ConductorApiError && error.isNotFound) {
      const message = `The ${describeRef(ref)} is not registered on the active server, so there is nothing to compare.`;
      const choice = await vscode.window.showWarningMessage(message, REGISTER);
      if (choice === REGISTER) await vscode.commands.executeCommand(REGISTER_DEFINITION_COMMAND, local);
    } else {
      void showFailure(ctx.services, `compare ${baseName(local)} with the registered ${describeRef(ref)}`, error);
    }
    return false;
  }
}

async function compareFile(ctx: DefinitionsContext, argument: unknown): Promise<boolean> {
  const document = await targetDocument(argument);
  if (!document) return false;
  const file = readTargetFile(document, 'compare');
  if (!file) return false;
  const refs = fileRefs(file);
  if (!file.holdsArray && refs[0]) return showComparison(ctx, refs[0], document.uri);
  // A task-definition array: compare one of them, in place in the file.
  const items = refs.map((ref, element) => ({ label: ref.name, ref, element }));
  const picked =
    items.length === 1
      ? items[0]
      : await vscode.window.showQuickPick(items, { title: `Compare which definition of ${baseName(document.uri)}?` });
  return picked ? showComparison(ctx, picked.ref, document.uri, picked.element) : false;
}

async function compareNode(ctx: DefinitionsContext, argument: unknown): Promise<boolean> {
  const ref = definitionRefOf(argument);
  if (!ref) {
    void vscode.window.showWarningMessage(NO_DEFINITION_MESSAGE);
    return false;
  }
  const local = await findLocalFile(ref);
  return local ? showComparison(ctx, ref, local.uri, local.element) : false;
}

/** Registers both commands. */
export function registerCompareDefinitions(ctx: DefinitionsContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMPARE_WITH_REGISTERED_COMMAND, (argument?: unknown) =>
      compareFile(ctx, argument),
    ),
    vscode.commands.registerCommand(COMPARE_WITH_LOCAL_COMMAND, (argument?: unknown) => compareNode(ctx, argument)),
  ];
}
