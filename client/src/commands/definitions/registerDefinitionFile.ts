/**
 * `conductor.registerDefinition(uri?)`: registers (or updates) the definitions of a file on the active server.
 * The file must have no Error diagnostics first (the language server's findings are Conductor's own rules); a 409
 * or an existing definition asks before overwriting (`{confirmed: true}` as second argument answers yes); a 400's
 * `validationErrors` become diagnostics in the file (§2.6). Success offers Start (workflows) and Show in View.
 */
import * as vscode from 'vscode';
import { ConductorApiError } from '../../api';
import type { DefinitionFile } from '../../documents/definitionFile';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import { showFailure } from '../../ui/showFailure';
import { commandOptions } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { baseName, readTargetFile, targetDocument } from './fileTarget';
import { refreshDefinitions } from './refreshDefinitions';
import { registerDefinitionFile as register, type AskOverwrite, type RegisterOutcome } from './registrationFlow';
import { reportRegistered } from './reportRegistered';
import { isServerFinding } from './serverFindings';

/** The command id. */
export const REGISTER_DEFINITION_COMMAND = 'conductor.registerDefinition';

const SHOW_PROBLEMS = 'Show Problems';
const OVERWRITE = 'Overwrite';

function refsText(refs: readonly DefinitionRef[]): string {
  return refs.map(describeRef).join(', ');
}

/** Says the file has errors and offers the Problems view; true when there were some. */
function refuseWithErrors(document: vscode.TextDocument): boolean {
  const errors = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && !isServerFinding(d));
  const [first] = errors;
  if (first === undefined) return false;
  const where = `line ${first.range.start.line + 1}: ${first.message}`;
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  void showProblems(
    `Could not register ${baseName(document.uri)}: it has ${count} (${where}). Fix ${errors.length === 1 ? 'it' : 'them'}, then register again.`,
  );
  return true;
}

async function showProblems(message: string): Promise<void> {
  if ((await vscode.window.showErrorMessage(message, SHOW_PROBLEMS)) === SHOW_PROBLEMS) {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}

function askOverwrite(confirmed: boolean, profile: string): AskOverwrite {
  return async (existing) => {
    if (confirmed) return true;
    const are = existing.length === 1 ? 'is' : 'are';
    const message = `${refsText(existing)} ${are} already registered on ${profile}. Overwrite?`;
    return (await vscode.window.showWarningMessage(message, { modal: true }, OVERWRITE)) === OVERWRITE;
  };
}

/** Says why the server refused: its validationErrors as diagnostics in the file, anything else with next steps. */
function reportRefusal(
  ctx: DefinitionsContext,
  document: vscode.TextDocument,
  file: DefinitionFile,
  profile: string,
  error: unknown,
  retry: () => unknown,
): void {
  if (error instanceof ConductorApiError && error.validationErrors?.length) {
    const count = ctx.findings.show(document, file.holdsArray, error.validationErrors, profile);
    const first = error.validationErrors[0]?.message ?? '';
    const problems = count === 1 ? '1 problem' : `${count} problems`;
    void showProblems(`Could not register ${baseName(document.uri)}: ${profile} found ${problems}: ${first}`);
  } else {
    void showFailure(ctx.services, `register ${baseName(document.uri)}`, error, { retry });
  }
}

/** Registers one document; the outcome, or undefined when it was refused (after saying why). */
async function registerDocument(
  ctx: DefinitionsContext,
  document: vscode.TextDocument,
  confirmed: boolean,
): Promise<RegisterOutcome | undefined> {
  if (refuseWithErrors(document)) return undefined;
  const file = readTargetFile(document, 'register');
  if (!file) return undefined;
  let profile = 'the server';
  try {
    const { client, profile: active } = await ctx.services.connections.connect();
    profile = active.name;
    const title = `Registering ${baseName(document.uri)} on ${profile}…`;
    const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () =>
      register(client, file, askOverwrite(confirmed, profile)),
    );
    ctx.findings.clear(document.uri);
    if ('registered' in outcome) {
      await refreshDefinitions(ctx.services.log);
      void reportRegistered(ctx, outcome.registered, profile);
    }
    return outcome;
  } catch (error) {
    reportRefusal(ctx, document, file, profile, error, () => registerDocument(ctx, document, confirmed));
    return undefined;
  }
}

/**
 * Registers the command. The explorer passes the clicked file and every selected one: each is registered in turn.
 * It resolves with the outcome (a list for several files), undefined when refused.
 */
export function registerRegisterDefinition(ctx: DefinitionsContext): vscode.Disposable {
  return vscode.commands.registerCommand(REGISTER_DEFINITION_COMMAND, async (argument?: unknown, second?: unknown) => {
    const selected = Array.isArray(second) && second.every((item) => item instanceof vscode.Uri) ? second : [];
    const confirmed = commandOptions(second).confirmed === true;
    if (selected.length > 1) {
      const outcomes: (RegisterOutcome | undefined)[] = [];
      for (const uri of selected)
        outcomes.push(await registerDocument(ctx, await vscode.workspace.openTextDocument(uri), confirmed));
      return outcomes;
    }
    const document = await targetDocument(argument);
    return document ? registerDocument(ctx, document, confirmed) : undefined;
  });
}
