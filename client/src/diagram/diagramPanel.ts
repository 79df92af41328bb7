/**
 * One diagram webview panel: creates it with the page and its CSP, queues messages until the page is ready, hands
 * exports to `saveExport`, reports webview errors, and answers test probes (the drawn SVG) once the latest
 * graph is on screen.
 */
import * as vscode from 'vscode';
import type { FromWebview, ToWebview, WorkflowGraph } from '../../../common/src/graph';
import type { ExtensionServices } from '../services';
import { showFailure } from '../ui/showFailure';
import { PageUpdates } from './pageUpdates';
import { PanelExports } from './panelExports';
import { saveExport } from './saveExport';
import { diagramHtml, webviewRoot } from './webviewHtml';

/** What a test probe sees. */
export interface DiagramProbe {
  readonly svg: string;
  readonly selected: string | undefined;
  readonly banner: string | undefined;
  readonly details: string | undefined;
  /** How many updates (drawings, highlights, banners, details) the page had applied when it answered. */
  readonly updates: number;
}

/** A diagram panel and its message channel. */
export class DiagramPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private ready = false;
  private queue: ToWebview[] = [];
  private readonly state = new Map<'graph' | 'banner', ToWebview>();
  private graphsSent = 0;
  private graphsDrawn = 0;
  private probeCount = 0;
  private readonly updates = new PageUpdates();
  private readonly probes = new Map<number, (probe: DiagramProbe) => void>();
  private readonly messages = new vscode.EventEmitter<FromWebview>();
  /** The drawings the page exports; `request` asks for one (the in-VS-Code tests' `conductor.diagram.export`). */
  readonly exports: PanelExports;
  /** Messages from the page, except the ones the panel handles itself (ready, rendered, export, error, probes). */
  readonly onMessage = this.messages.event;

  constructor(
    private readonly services: ExtensionServices,
    viewType: string,
    private readonly title: string,
    column: vscode.ViewColumn,
  ) {
    this.exports = new PanelExports(
      (format, data) => saveExport(services, title, format, data),
      (message) => this.post(message),
    );
    const root = webviewRoot(services.context.extensionUri);
    this.panel = vscode.window.createWebviewPanel(
      viewType,
      title,
      { viewColumn: column, preserveFocus: true },
      {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [root],
      },
    );
    this.panel.webview.html = diagramHtml(this.panel.webview, services.context.extensionUri);
    this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
    this.panel.onDidDispose(() => {
      this.exports.close();
      this.messages.dispose();
    });
  }

  /** Sends a graph to draw. */
  draw(graph: WorkflowGraph, title: string): void {
    this.post({ type: 'graph', graph, title, sequence: ++this.graphsSent });
  }

  /** Sends a message, after the page has loaded. */
  post(message: ToWebview): void {
    // What a reloaded page needs to show the same state again.
    if (message.type === 'graph' || message.type === 'banner') this.state.set(message.type, message);
    if (!this.ready) this.queue.push(message);
    else void this.panel.webview.postMessage(message);
  }

  /**
   * What the page shows, once the latest graph is drawn, or (with `after`) once the page has applied more than
   * `after` updates, e.g. the next refresh of a running execution or a highlight. Used by the in-VS-Code tests.
   */
  async probe(after?: number): Promise<DiagramProbe> {
    await (after === undefined
      ? this.updates.until(() => this.graphsDrawn >= this.graphsSent)
      : this.updates.until(() => this.updates.count > after));
    const requestId = ++this.probeCount;
    return new Promise((resolve) => {
      this.probes.set(requestId, resolve);
      this.post({ type: 'probe', requestId });
    });
  }

  dispose(): void {
    this.panel.dispose();
  }

  private receive(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        // A second `ready` is a reloaded page: it starts blank, so it gets the latest graph and banner again.
        if (this.ready) this.queue.push(...this.state.values());
        this.ready = true;
        for (const queued of this.queue.splice(0)) void this.panel.webview.postMessage(queued);
        return;
      case 'rendered':
        this.graphsDrawn = Math.max(this.graphsDrawn, message.sequence);
        this.updates.updated();
        this.services.log.trace(`Diagram '${this.title}': ${message.nodeCount} nodes drawn in ${message.layoutMs} ms`);
        return;
      case 'updated':
        return this.updates.updated();
      case 'probeResult':
        this.probes.get(message.requestId)?.({
          ...{ svg: message.svg, selected: message.selected },
          ...{ banner: message.banner, details: message.details, updates: this.updates.count },
        });
        this.probes.delete(message.requestId);
        return;
      case 'export':
        return void this.exports.save(message.format, message.data);
      case 'error':
        this.exports.failed();
        return void showFailure(this.services, `draw the diagram '${this.title}'`, new Error(message.message));
      default:
        this.messages.fire(message);
    }
  }
}
