/**
 * Zoom and pan of the drawing: a CSS transform on the canvas inside a clipping viewport. Ctrl/⌘ + wheel zooms at the
 * pointer, the wheel and a drag on the background pan, and `fit` shows the whole drawing.
 */
import type { Box } from '../../common/src/graph';

const MIN_SCALE = 0.05;
const MAX_SCALE = 3;

/** The transform state of one viewport. */
export class PanZoom {
  private scale = 1;
  private x = 0;
  private y = 0;
  private size = { width: 0, height: 0 };

  constructor(
    private readonly viewport: HTMLElement,
    private readonly canvas: HTMLElement,
  ) {
    viewport.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    viewport.addEventListener('pointerdown', (event) => this.onDrag(event));
  }

  /** Records the drawing's size (after each render). */
  setContentSize(width: number, height: number): void {
    this.size = { width, height };
  }

  /** Shows the whole drawing, never enlarged beyond 100 %. */
  fit(): void {
    const { clientWidth: vw, clientHeight: vh } = this.viewport;
    const scale = Math.min(1, vw / Math.max(1, this.size.width), vh / Math.max(1, this.size.height));
    this.scale = Math.max(MIN_SCALE, scale);
    this.x = (vw - this.size.width * this.scale) / 2;
    this.y = Math.max(0, (vh - this.size.height * this.scale) / 2);
    this.apply();
  }

  /** Zooms by `factor` around the viewport centre (or a point in viewport pixels). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const point = at ?? { x: this.viewport.clientWidth / 2, y: this.viewport.clientHeight / 2 };
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor));
    this.x = point.x - ((point.x - this.x) * next) / this.scale;
    this.y = point.y - ((point.y - this.y) * next) / this.scale;
    this.scale = next;
    this.apply();
  }

  /** Pans so that `box` (drawing coordinates) is visible, centring it only when it is off screen. */
  reveal(box: Box): void {
    const { clientWidth: vw, clientHeight: vh } = this.viewport;
    const left = box.x * this.scale + this.x;
    const top = box.y * this.scale + this.y;
    const inside = left >= 0 && top >= 0 && left + box.width * this.scale <= vw && top + box.height * this.scale <= vh;
    if (inside) return;
    this.x = vw / 2 - (box.x + box.width / 2) * this.scale;
    this.y = vh / 2 - (box.y + box.height / 2) * this.scale;
    this.apply();
  }

  private apply(): void {
    this.canvas.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      const rect = this.viewport.getBoundingClientRect();
      this.zoomBy(Math.exp(-event.deltaY / 300), { x: event.clientX - rect.left, y: event.clientY - rect.top });
      return;
    }
    this.x -= event.deltaX;
    this.y -= event.deltaY;
    this.apply();
  }

  private onDrag(event: PointerEvent): void {
    // Only the background drags: a press on a node is a click.
    if (event.button !== 0 || (event.target as Element).closest('.node')) return;
    const start = { x: event.clientX - this.x, y: event.clientY - this.y };
    const move = (next: PointerEvent): void => {
      this.x = next.clientX - start.x;
      this.y = next.clientY - start.y;
      this.apply();
    };
    const stop = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  }
}
