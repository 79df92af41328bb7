/**
 * Registers the start commands (start, start with input, execute synchronously, test run with mocks, send an input
 * editor) and the code lenses on workflow files.
 */
import * as vscode from 'vscode';
import { DEFINITION_LENS_SELECTOR } from '../../documents/definitionDocument';
import type { ExecutionsContext } from '../executions/executionsContext';
import { executeWorkflow, type ExecuteChoice } from './executeWorkflow';
import { StartCodeLenses } from './startCodeLenses';
import { startWorkflow, startWorkflowWithInput } from './startWorkflow';
import { testRunWorkflow } from './testRunWorkflow';

/** Registers the commands and lenses; disposables go to the extension's subscriptions. */
export function registerStartCommands(context: ExecutionsContext): void {
  context.services.context.subscriptions.push(
    vscode.commands.registerCommand('conductor.startWorkflow', (argument?: unknown, input?: unknown) =>
      startWorkflow(context, argument, input),
    ),
    vscode.commands.registerCommand('conductor.startWorkflowWithInput', (argument?: unknown, input?: unknown) =>
      startWorkflowWithInput(context, argument, input),
    ),
    vscode.commands.registerCommand('conductor.executeWorkflow', (argument?: unknown, choice?: ExecuteChoice) =>
      executeWorkflow(context, argument, choice),
    ),
    vscode.commands.registerCommand('conductor.testRunWorkflow', (argument?: unknown, input?: unknown) =>
      testRunWorkflow(context, argument, input),
    ),
    vscode.commands.registerCommand('conductor.submitInput', (uri?: unknown) =>
      context.inputs.submit(uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.languages.registerCodeLensProvider([...DEFINITION_LENS_SELECTOR], new StartCodeLenses()),
  );
}
