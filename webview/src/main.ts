/**
 * The diagram webview's entry point: wires the toolbar, the keyboard and the extension's messages to the view.
 * The page markup comes from `client/src/diagram/webviewHtml.ts`; `diagram.css` is bundled as its own entry.
 */
import type { ToWebview } from '../../common/src/graph';
import { renderDetails } from './detailsPanel';
import { DiagramView } from './diagramView';
import { pngDataUrl, standaloneSvg } from './exportImage';
import { post } from './vscodeApi';

const element = (id: string): HTMLElement => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The diagram page has no #${id}`);
  return found;
};

const view = new DiagramView(element('canvas'), element('viewport'));
const details = element('details');
const banner = element('banner');

function handle(message: ToWebview): void {
  switch (message.type) {
    case 'graph':
      element('title').textContent = message.title;
      element('legend').hidden = message.graph.execution === undefined;
      void view.show(message.graph, message.sequence).catch(reportError);
      return;
    case 'banner':
      banner.hidden = message.text === undefined;
      banner.textContent = message.text ?? '';
      return post({ type: 'updated' });
    case 'highlight':
      view.highlight(message.id);
      return post({ type: 'updated' });
    case 'details':
      renderDetails(details, message);
      return post({ type: 'updated' });
    case 'probe':
      return post({
        type: 'probeResult',
        requestId: message.requestId,
        svg: view.svg()?.outerHTML ?? '',
        selected: view.selectedId,
        banner: banner.hidden ? undefined : (banner.textContent ?? undefined),
        details: details.hidden ? undefined : (details.textContent ?? undefined),
      });
    case 'clickNode':
      view
        .svg()
        ?.querySelector(`[data-id="${CSS.escape(message.id)}"]`)
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return;
    case 'clickAction':
      details
        .querySelector(`button[data-action="${CSS.escape(message.action)}"]`)
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return;
    case 'exportRequest':
      return void exportAs(message.format);
  }
}

async function exportAs(format: 'svg' | 'png'): Promise<void> {
  const svg = view.svg();
  if (!svg) return reportError(new Error('there is no drawing to export yet'));
  try {
    post({ type: 'export', format, data: format === 'svg' ? standaloneSvg(svg) : await pngDataUrl(svg) });
  } catch (error) {
    reportError(error);
  }
}

function reportError(error: unknown): void {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

// One step of the toolbar buttons and the keys; the two are inverse so zooming in and out returns to the start.
const ZOOM_IN = 1.25;
const ZOOM_OUT = 1 / ZOOM_IN;

const KEYS: Readonly<Record<string, () => void>> = {
  ArrowUp: () => view.move('up'),
  ArrowDown: () => view.move('down'),
  ArrowLeft: () => view.move('left'),
  ArrowRight: () => view.move('right'),
  Enter: () => view.selectedId !== undefined && view.select(view.selectedId),
  '+': () => view.panZoom.zoomBy(ZOOM_IN),
  '=': () => view.panZoom.zoomBy(ZOOM_IN),
  '-': () => view.panZoom.zoomBy(ZOOM_OUT),
  '0': () => view.panZoom.fit(),
  '[': () => view.stepSelectedLoop(-1),
  ']': () => view.stepSelectedLoop(1),
};

document.addEventListener('keydown', (event) => {
  const action = KEYS[event.key];
  if (!action || (event.target as Element).closest('button, input, select, textarea, #details')) return;
  event.preventDefault();
  action();
});
element('zoomIn').addEventListener('click', () => view.panZoom.zoomBy(ZOOM_IN));
element('zoomOut').addEventListener('click', () => view.panZoom.zoomBy(ZOOM_OUT));
element('fit').addEventListener('click', () => view.panZoom.fit());
element('exportSvg').addEventListener('click', () => void exportAs('svg'));
element('exportPng').addEventListener('click', () => void exportAs('png'));
details.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  const child = button?.getAttribute('data-open-sub-workflow');
  if (child) return post({ type: 'openSubWorkflow', workflowId: child });
  const action = button?.getAttribute('data-action');
  const ref = details.dataset['ref'];
  const taskId = details.dataset['taskId'] || undefined;
  if ((action === 'retry' || action === 'rerunFromHere' || action === 'skip') && ref)
    post({ type: 'action', action, ref, taskId });
});
window.addEventListener('message', (event: MessageEvent<ToWebview>) => handle(event.data));
window.addEventListener('error', (event) => reportError(event.error));
post({ type: 'ready' });
