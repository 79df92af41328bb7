/**
 * Keyboard navigation over a laid-out diagram: an arrow key moves to the nearest node whose centre lies in that
 * direction, preferring nodes close to the current one's axis (a cone search, as in spatial navigation on TVs).
 */
import type { GraphLayout } from './layoutGraph';

/** An arrow key. */
export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** The node to move to from `current` (the first node when nothing is selected); undefined when none lies there. */
export function nextNode(
  layout: GraphLayout,
  ids: readonly string[],
  current: string | undefined,
  direction: Direction,
): string | undefined {
  const from = current === undefined ? undefined : layout.nodes[current];
  if (!from) return ids[0];
  const [dx, dy] = VECTORS[direction];
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ids) {
    const box = layout.nodes[id];
    if (!box || id === current) continue;
    const ox = box.x + box.width / 2 - cx;
    const oy = box.y + box.height / 2 - cy;
    const along = ox * dx + oy * dy;
    const across = Math.abs(ox * dy - oy * dx);
    // Only nodes within 45° of the direction; sideways distance costs more than distance ahead, so "down" follows
    // the lane before jumping lanes and "right" prefers the same layer.
    if (along <= 1 || across > along) continue;
    const score = along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
