/**
 * The message after a start: what was started and its id, with "Show Execution" (reveals it in the Executions
 * view), "Show Diagram" when the diagram feature is installed, and "Copy Id". Not awaited by the commands, so a
 * start resolves as soon as the server answered.
 */
import * as vscode from 'vscode';

const SHOW = 'Show Execution';
const DIAGRAM = 'Show Diagram';
const COPY = 'Copy Id';

/** Shows the message and runs the chosen follow-up. */
export async function announceStart(what: string, workflowId: string): Promise<void> {
  const commands = await vscode.commands.getCommands(true);
  const items = [SHOW, ...(commands.includes('conductor.showExecutionDiagram') ? [DIAGRAM] : []), COPY];
  const choice = await vscode.window.showInformationMessage(`Started ${what}: ${workflowId}`, ...items);
  if (choice === SHOW) await vscode.commands.executeCommand('conductor.revealExecution', workflowId);
  else if (choice === DIAGRAM) await vscode.commands.executeCommand('conductor.showExecutionDiagram', workflowId);
  else if (choice === COPY) await vscode.env.clipboard.writeText(workflowId);
}
