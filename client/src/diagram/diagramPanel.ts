/**
 * One diagram webview panel: creates it with the page and its CSP, queues messages until the page is ready, hands
 * exports to `saveExport`, reports webview errors, and answers test probes (the drawn SVG) once the latest
 * graph is on screen.
 */
import * as vscode from 'vscode';
import type { FromWebview, ToWebview, WorkflowGraph } from '../../../common/src/graph';
import type { ExtensionServices } from '../services';
import { showFailure } from '../ui/showFailure';
import type { ExportFormat } from './exportFile';
import { PanelExports } from './panelExports';
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

/** How long a probe waits for the webview to draw the latest graph. */
const PROBE_TIMEOUT_MS = 20_000;

/** A diagram panel and its message channel. */
export class DiagramPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private ready = false;
  private queue: ToWebview[] = [];
  private readonly state = new Map<'graph' | 'banner', ToWebview>();
  private graphsSent = 0;
  private graphsDrawn = 0;
  private probeCount = 0;
  private updates = 0;
  private waiters: { condition: () => boolean; done: () => void }[] = [];
  private readonly probes = new Map<number, (probe: DiagramProbe) => void>();
  private readonly messages = new vscode.EventEmitter<FromWebview>();
  private readonly exports: PanelExports;
  /** Messages from the page, except the ones the panel handles itself (ready, rendered, export, error, probes). */
  readonly onMessage = this.messages.event;

  constructor(
    private readonly services: ExtensionServices,
    viewType: string,
    private readonly title: string,
    column: vscode.ViewColumn,
  ) {
    this.exports = new PanelExports(services, title);
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
    this.panel.onDidDispose(() => this.messages.dispose());
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
      ? this.until(() => this.graphsDrawn >= this.graphsSent)
      : this.until(() => this.updates > after));
    const requestId = ++this.probeCount;
    return new Promise((resolve) => {
      this.probes.set(requestId, resolve);
      this.post({ type: 'probe', requestId });
    });
  }

  /** Exports the drawing as the toolbar does and resolves with the file saved (for the in-VS-Code tests). */
  exportNow(format: ExportFormat): Promise<vscode.Uri | undefined> {
    const saved = this.exports.next();
    this.post({ type: 'exportRequest', format });
    return saved;
  }

  dispose(): void {
    this.panel.dispose();
  }

  private until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The diagram page did not update within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      );
      this.waiters.push({
        condition,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
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
        this.updated();
        this.services.log.trace(`Diagram '${this.title}': ${message.nodeCount} nodes drawn in ${message.layoutMs} ms`);
        return;
      case 'updated':
        return this.updated();
      case 'probeResult':
        this.probes.get(message.requestId)?.({
          ...{ svg: message.svg, selected: message.selected },
          ...{ banner: message.banner, details: message.details, updates: this.updates },
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

  private updated(): void {
    this.updates++;
    const ready = this.waiters.filter((waiter) => waiter.condition());
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.done();
  }
}
