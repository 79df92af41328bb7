/**
 * The live diagram of a workflow file: redraws on every edit (keeping the last good drawing with a banner while the
 * JSON is broken), marks tasks with diagnostics, reveals and selects a task in the editor when its node is clicked,
 * and highlights the node under the editor's cursor.
 */
import * as vscode from 'vscode';
import { buildDefinitionGraph, markDiagnostics, nodeIdAt } from '../../../common/src/graph';
import type { FromWebview, WorkflowGraph } from '../../../common/src/graph';
import { parseDocument } from '../../../server/src/service/parse';
import type { DiagramPanel } from './diagramPanel';
import type { WorkspaceWorkflows } from './workspaceWorkflows';

/** The banner shown while the document does not parse. */
export const BROKEN_JSON_BANNER = 'The JSON has syntax errors: the diagram shows the last valid version.';

/** Keeps one panel in step with one document. */
export class DefinitionDiagram implements vscode.Disposable {
  private graph: WorkflowGraph | undefined;
  private highlighted: string | undefined;
  private pending = false;
  /** The text or the known sub-workflows changed since `graph` was built; diagnostics alone only re-mark it. */
  private stale = true;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: DiagramPanel,
    private readonly workflows: WorkspaceWorkflows,
  ) {
    const uri = document.uri.toString();
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => event.document === document && this.schedule(true)),
      vscode.languages.onDidChangeDiagnostics(
        (event) => event.uris.some((u) => u.toString() === uri) && this.schedule(false),
      ),
      vscode.window.onDidChangeTextEditorSelection(
        (event) => event.textEditor.document === document && this.follow(event),
      ),
      workflows.onDidChange(() => this.schedule(true)),
      panel.onMessage((message) => void this.receive(message)),
    );
    this.update();
    void workflows.load();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Coalesces a burst of edits and diagnostics into one redraw on the next turn. */
  private schedule(rebuild: boolean): void {
    this.stale ||= rebuild;
    if (this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      this.update();
    });
  }

  // Each edit brings new diagnostics a moment later: that second redraw reuses the graph instead of parsing again.
  private update(): void {
    const graph = this.stale || !this.graph ? this.build() : this.graph;
    if (!graph) return;
    markDiagnostics(graph, this.diagnosticMarks());
    this.graph = graph;
    this.panel.post({ type: 'banner', text: undefined });
    this.panel.draw(graph, this.title(graph));
    this.highlighted = undefined;
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    if (editor) this.highlight(editor.selection.active);
  }

  /** The graph of the current text, or undefined (after showing the banner) while the JSON is broken. */
  private build(): WorkflowGraph | undefined {
    const parsed = parseDocument(this.document.getText());
    if (parsed.syntaxErrors.length > 0 || parsed.value === undefined) {
      this.panel.post({ type: 'banner', text: BROKEN_JSON_BANNER });
      return undefined;
    }
    this.stale = false;
    return buildDefinitionGraph(parsed.value, {
      locate: (path) => parsed.locator.valueRange(path),
      resolveSubWorkflow: (name, version) => this.workflows.resolve(name, version),
    });
  }

  private title(graph: WorkflowGraph): string {
    const name = graph.name ?? vscode.workspace.asRelativePath(this.document.uri);
    return graph.version === undefined ? name : `${name} v${graph.version}`;
  }

  private diagnosticMarks(): { offset: number; severity: 'error' | 'warning' }[] {
    return vscode.languages.getDiagnostics(this.document.uri).flatMap((diagnostic) => {
      const severity = diagnostic.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning';
      if (diagnostic.severity > vscode.DiagnosticSeverity.Warning) return [];
      return [{ offset: this.document.offsetAt(diagnostic.range.start), severity } as const];
    });
  }

  private follow(event: vscode.TextEditorSelectionChangeEvent): void {
    const position = event.selections[0]?.active;
    if (position) this.highlight(position);
  }

  private highlight(position: vscode.Position): void {
    const id = this.graph ? nodeIdAt(this.graph, this.document.offsetAt(position)) : undefined;
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.panel.post({ type: 'highlight', id });
  }

  /** A click on a node: reveal and select its task object (the nearest enclosing task for expanded children). */
  private async receive(message: FromWebview): Promise<void> {
    if (message.type !== 'select' || !this.graph) return;
    const nodes = new Map(this.graph.nodes.map((node) => [node.id, node]));
    let node = nodes.get(message.id);
    while (node && !node.range && node.parent !== undefined) node = nodes.get(node.parent);
    if (!node?.range) return;
    const range = new vscode.Range(
      this.document.positionAt(node.range.start),
      this.document.positionAt(node.range.end),
    );
    const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
      preserveFocus: !message.focusEditor,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
