/**
 * Draws a graph (ELK layout + SVG) into the canvas and keeps the interactive state across redraws: the selected
 * node, the node under the editor's cursor, the DO_WHILE iteration picked per loop, and the zoom.
 */
import { containersOf, displayedRun, layoutGraph, layoutKey, nextNode, renderSvg } from '../../common/src/graph';
import type { Direction, GraphLayout, GraphNode, WorkflowGraph } from '../../common/src/graph';
import { PanZoom } from './panZoom';
import { post } from './vscodeApi';

/** The drawing and its state. */
export class DiagramView {
  private graph: WorkflowGraph | undefined;
  private layout: GraphLayout | undefined;
  private layoutKey: string | undefined;
  private selected: string | undefined;
  private highlighted: string | undefined;
  private iterations: Record<string, number> = {};
  private drawing = 0;
  private fitted = false;
  readonly panZoom: PanZoom;

  constructor(
    private readonly canvas: HTMLElement,
    viewport: HTMLElement,
  ) {
    this.panZoom = new PanZoom(viewport, canvas);
    canvas.addEventListener('click', (event) => this.onClick(event.target as Element));
    canvas.addEventListener('dblclick', (event) => this.onDoubleClick(event.target as Element));
  }

  /** Lays out and draws `graph` (numbered `sequence`); a newer call overtakes an older one still in layout. */
  async show(graph: WorkflowGraph, sequence: number): Promise<void> {
    const drawing = ++this.drawing;
    const started = performance.now();
    // Same shape as the drawing on screen (a status refresh, a diagnostic, an edit inside a string): no new layout.
    const key = layoutKey(graph);
    const layout = key === this.layoutKey && this.layout ? this.layout : await layoutGraph(graph);
    if (drawing !== this.drawing) return;
    this.layoutKey = key;
    this.graph = graph;
    this.layout = layout;
    this.paint();
    this.panZoom.setContentSize(layout.width, layout.height);
    if (!this.fitted) this.panZoom.fit();
    this.fitted = true;
    post({
      type: 'rendered',
      sequence,
      nodeCount: graph.nodes.length,
      layoutMs: Math.round(performance.now() - started),
    });
  }

  /** The drawn SVG markup (tests and exports). */
  svg(): SVGSVGElement | null {
    return this.canvas.querySelector('svg');
  }

  get selectedId(): string | undefined {
    return this.selected;
  }

  /** Marks the node under the editor's cursor, scrolling it into view. */
  highlight(id: string | undefined): void {
    this.highlighted = id;
    this.toggle('highlighted', id);
    const box = id === undefined ? undefined : this.layout?.nodes[id];
    if (box) this.panZoom.reveal(box);
  }

  /** Selects a node as a click does and tells the extension (which reveals the task or loads its details). */
  select(id: string, focusEditor = true): void {
    const node = this.nodeOf(id);
    if (!node || !this.graph) return;
    this.selected = id;
    this.toggle('selected', id);
    const box = this.layout?.nodes[id];
    if (box) this.panZoom.reveal(box);
    const run = displayedRun(node, containersOf(this.graph), this.iterations);
    post({ type: 'select', id, taskId: run?.taskId, focusEditor });
  }

  /** Arrow keys: moves the selection to the nearest node that way. */
  move(direction: Direction): void {
    if (!this.layout || !this.graph) return;
    const ids = this.graph.nodes.map((node) => node.id);
    const next = nextNode(this.layout, ids, this.selected ?? this.highlighted, direction);
    if (next !== undefined) this.select(next, false);
  }

  private paint(): void {
    if (!this.graph || !this.layout) return;
    this.canvas.innerHTML = renderSvg(this.graph, this.layout, this.iterations);
    this.toggle('selected', this.selected);
    this.toggle('highlighted', this.highlighted);
  }

  private toggle(cls: string, id: string | undefined): void {
    for (const element of this.canvas.querySelectorAll(`.${cls}`)) element.classList.remove(cls);
    if (id !== undefined) this.canvas.querySelector(`[data-id="${CSS.escape(id)}"]`)?.classList.add(cls);
  }

  private onClick(target: Element): void {
    const step = target.closest('[data-step]');
    const picker = step?.closest('[data-loop]');
    if (step && picker)
      return this.stepIteration(picker.getAttribute('data-loop') ?? '', Number(step.getAttribute('data-step')));
    const id = target.closest('.node')?.getAttribute('data-id');
    if (id) this.select(id);
  }

  private onDoubleClick(target: Element): void {
    const node = this.nodeOf(target.closest('.node')?.getAttribute('data-id'));
    const child = node?.runs?.filter((run) => run.subWorkflowId !== undefined).at(-1)?.subWorkflowId;
    if (child !== undefined) post({ type: 'openSubWorkflow', workflowId: child });
  }

  /** `[` and `]`: the iteration picker of the selected loop, or of the loop around the selected task. */
  stepSelectedLoop(step: number): void {
    let node = this.nodeOf(this.selected ?? this.highlighted);
    while (node && node.kind !== 'loop') node = this.nodeOf(node.parent);
    if (node) this.stepIteration(node.id, step);
  }

  /** The iteration picker of a DO_WHILE: 1 … iterations, wrapping around. */
  private stepIteration(loopId: string, step: number): void {
    const total = this.nodeOf(loopId)?.iterations;
    if (total === undefined || total < 1) return;
    const current = this.iterations[loopId] ?? total;
    this.iterations = { ...this.iterations, [loopId]: ((current - 1 + step + total) % total) + 1 };
    this.paint();
    if (this.selected !== undefined) this.select(this.selected, false);
  }

  private nodeOf(id: string | null | undefined): GraphNode | undefined {
    return id ? this.graph?.nodes.find((node) => node.id === id) : undefined;
  }
}
