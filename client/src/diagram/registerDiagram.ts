/**
 * The diagrams: `conductor.showDiagram(uri?)` (a workflow file, live), `conductor.showExecutionDiagram(idOrNode?)`
 * (an execution, by id or an Executions view node), the code lens, and four commands for the in-VS-Code tests that
 * are not contributed to the palette: `conductor.diagram.probe` (the active diagram's SVG),
 * `conductor.diagram.clickNode(id)` (a click on a node, through the page's own handler),
 * `conductor.diagram.clickAction(action)` (a click on a task action's button in the details panel) and
 * `conductor.diagram.export(format)` (the toolbar's export, resolving with the file saved).
 */
import * as vscode from 'vscode';
import type { TaskAction } from '../../../common/src/graph';
import type { ExtensionServices } from '../services';
import { DEFINITION_LENS_SELECTOR } from '../documents/definitionDocument';
import { showFailure } from '../ui/showFailure';
import { DefinitionDiagram } from './definitionDiagram';
import { DiagramCodeLensProvider } from './diagramCodeLens';
import { DiagramPanel } from './diagramPanel';
import { ExecutionDiagram } from './executionDiagram';
import { WorkspaceWorkflows } from './workspaceWorkflows';

type Diagram = DefinitionDiagram | ExecutionDiagram;

/** Registers the diagram commands and the code lens. */
export function registerDiagram(services: ExtensionServices): void {
  const diagrams = new DiagramRegistry(services);
  const { subscriptions } = services.context;
  subscriptions.push(
    diagrams,
    vscode.commands.registerCommand('conductor.showDiagram', (uri?: unknown) => diagrams.showDefinition(uri)),
    vscode.commands.registerCommand('conductor.showExecutionDiagram', (target?: unknown) =>
      diagrams.showExecution(target),
    ),
    vscode.commands.registerCommand('conductor.diagram.probe', (after?: number) =>
      diagrams.active()?.panel.probe(after),
    ),
    vscode.commands.registerCommand('conductor.diagram.export', (format: 'svg' | 'png') =>
      diagrams.active()?.panel.exports.request(format),
    ),
    vscode.commands.registerCommand('conductor.diagram.clickNode', (id: string) =>
      diagrams.active()?.panel.post({ type: 'clickNode', id }),
    ),
    vscode.commands.registerCommand('conductor.diagram.clickAction', (action: TaskAction) =>
      diagrams.active()?.panel.post({ type: 'clickAction', action }),
    ),
    vscode.languages.registerCodeLensProvider([...DEFINITION_LENS_SELECTOR], new DiagramCodeLensProvider()),
  );
}

/** Open diagrams by document URI or workflow id; the last one shown or focused is the active one. */
class DiagramRegistry implements vscode.Disposable {
  private readonly open = new Map<string, Diagram>();
  private last: Diagram | undefined;
  private readonly workflows: WorkspaceWorkflows;

  constructor(private readonly services: ExtensionServices) {
    this.workflows = new WorkspaceWorkflows(services.log);
  }

  active(): Diagram | undefined {
    return this.last;
  }

  async showDefinition(argument: unknown): Promise<void> {
    const uri = argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a Conductor workflow file to show its diagram.');
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const key = `definition:${uri.toString()}`;
      if (this.reveal(key)) return;
      this.track(key, (panel) => new DefinitionDiagram(document, panel, this.workflows), `Diagram: ${basename(uri)}`);
    } catch (error) {
      void showFailure(this.services, `show the diagram of ${uri.fsPath}`, error);
    }
  }

  async showExecution(target: unknown): Promise<void> {
    const workflowId = await workflowIdOf(target);
    if (!workflowId) return;
    const key = `execution:${workflowId}`;
    const existing = this.reveal(key);
    const diagram =
      existing ?? this.track(key, (panel) => new ExecutionDiagram(this.services, workflowId, panel), workflowId);
    if (diagram instanceof ExecutionDiagram) await diagram.refresh();
  }

  dispose(): void {
    for (const diagram of this.open.values()) diagram.panel.dispose();
    this.workflows.dispose();
  }

  private reveal(key: string): Diagram | undefined {
    const diagram = this.open.get(key);
    diagram?.panel.panel.reveal(undefined, true);
    if (diagram) this.last = diagram;
    return diagram;
  }

  private track(key: string, create: (panel: DiagramPanel) => Diagram, title: string): Diagram {
    const panel = new DiagramPanel(this.services, 'conductor.diagram', title, vscode.ViewColumn.Beside);
    const diagram = create(panel);
    this.open.set(key, diagram);
    this.last = diagram;
    panel.panel.onDidChangeViewState(({ webviewPanel }) => webviewPanel.active && (this.last = diagram));
    panel.panel.onDidDispose(() => {
      diagram.dispose();
      this.open.delete(key);
      if (this.last === diagram) this.last = undefined;
    });
    return diagram;
  }
}

/** A workflow id from a string, an Executions view node (`workflowId`), or an input box. */
async function workflowIdOf(target: unknown): Promise<string | undefined> {
  if (typeof target === 'string' && target.trim() !== '') return target.trim();
  if (typeof target === 'object' && target !== null && 'workflowId' in target && typeof target.workflowId === 'string')
    return target.workflowId;
  const typed = await vscode.window.showInputBox({
    title: 'Show Execution Diagram',
    prompt: 'The id of the workflow execution',
    validateInput: (value) => (value.trim() === '' ? 'Enter a workflow id' : undefined),
  });
  return typed?.trim() || undefined;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
