/**
 * `conductor.registerDefinition(uri?)`: registers (or updates) the definitions of a file on the active server.
 * The file must have no Error diagnostics first (the language server's findings are Conductor's own rules); a 409
 * or an existing definition asks before overwriting (`{confirmed: true}` as second argument answers yes); a 400's
 * `validationErrors` become diagnostics in the file (§2.6). Success offers Start (workflows) and Show in View.
 */
import * as vscode from 'vscode';
import { ConductorApiError } from '../../api';
import { DefinitionFileError, readDefinitionFile, type DefinitionFile } from '../../documents/definitionFile';
import { describeRef, type DefinitionRef } from '../../documents/definitionKind';
import { showFailure } from '../../ui/showFailure';
import { commandOptions } from './definitionArgument';
import type { DefinitionsContext } from './definitionsContext';
import { baseName, targetDocument } from './fileTarget';
import { refreshDefinitions } from './refreshDefinitions';
import { registerDefinitionFile as register, type RegisterOutcome } from './registrationFlow';
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
    `Could not register ${baseName(document.uri)}: it has ${count} (${where}). Fix them, then register again.`,
  );
  return true;
}

async function showProblems(message: string): Promise<void> {
  if ((await vscode.window.showErrorMessage(message, SHOW_PROBLEMS)) === SHOW_PROBLEMS) {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}

function readFile(document: vscode.TextDocument): DefinitionFile | undefined {
  try {
    return readDefinitionFile(baseName(document.uri), document.getText());
  } catch (error) {
    if (!(error instanceof DefinitionFileError)) throw error;
    void vscode.window.showErrorMessage(`Could not register: ${error.message}`);
    return undefined;
  }
}

/** Registers the command; it resolves with the outcome (for tests and other features), undefined on failure. */
export function registerRegisterDefinition(ctx: DefinitionsContext): vscode.Disposable {
  const run = async (argument?: unknown, options?: unknown): Promise<RegisterOutcome | undefined> => {
    const document = await targetDocument(argument);
    if (!document || refuseWithErrors(document)) return undefined;
    const file = readFile(document);
    if (!file) return undefined;
    const confirmed = commandOptions(options).confirmed === true;
    let profile = 'the server';
    try {
      const { client, profile: active } = await ctx.services.connections.connect();
      profile = active.name;
      const ask = async (existing: readonly DefinitionRef[]): Promise<boolean> =>
        confirmed ||
        (await vscode.window.showWarningMessage(
          `${refsText(existing)} ${existing.length === 1 ? 'is' : 'are'} already registered on ${profile}. Overwrite?`,
          { modal: true },
          OVERWRITE,
        )) === OVERWRITE;
      const title = `Registering ${baseName(document.uri)} on ${profile}…`;
      const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () =>
        register(client, file, ask),
      );
      ctx.findings.clear(document.uri);
      if ('registered' in outcome) {
        await refreshDefinitions(ctx.services.log);
        void reportRegistered(ctx, outcome.registered, profile);
      }
      return outcome;
    } catch (error) {
      if (error instanceof ConductorApiError && error.validationErrors?.length) {
        const count = ctx.findings.show(document, file.holdsArray, error.validationErrors, profile);
        const first = error.validationErrors[0]?.message ?? '';
        void showProblems(
          `Could not register ${baseName(document.uri)}: ${profile} found ${count} problem(s): ${first}`,
        );
      } else {
        void showFailure(ctx.services, `register ${baseName(document.uri)}`, error, {
          retry: () => run(argument, options),
        });
      }
      return undefined;
    }
  };
  return vscode.commands.registerCommand(REGISTER_DEFINITION_COMMAND, run);
}
