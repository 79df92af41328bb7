/**
 * Node sizes and text fitting, shared by the layout (which needs sizes up front) and the renderer (which must cut
 * text to the same widths). Text width is estimated from a per-character average, which avoids measuring in a DOM
 * and keeps layout and bench pure; the renderer's font is chosen to match it.
 */
import type { GraphNode } from './graphTypes';

/** Average advance of one character of the diagram font (12 px system UI font), in px. */
export const CHAR_WIDTH = 7;
const MIN_WIDTH = 96;
const MAX_WIDTH = 240;
/** Horizontal room taken by the node's padding and its status icon. */
const PADDING = 28;
/** Containers keep this much room above their children for the header (reference, condition, iteration picker). */
export const CONTAINER_HEADER = 46;

/** Width and height of a leaf node (containers are sized by the layout around their children). */
export function nodeSize(node: GraphNode): { width: number; height: number } {
  switch (node.kind) {
    case 'start':
    case 'end':
      return { width: 40, height: 40 };
    case 'fork':
    case 'join':
      return { width: clamp(textWidth(node.label) + PADDING), height: 34 };
    default: {
      const longest = Math.max(textWidth(node.label), textWidth(secondLine(node)));
      return { width: clamp(longest + PADDING), height: 46 };
    }
  }
}

/** The second line of a task box: its type, and the detail when there is one. */
export function secondLine(node: GraphNode): string {
  const type = node.type ?? node.kind;
  return node.detail === undefined ? type : `${type} · ${node.detail}`;
}

/** `text` cut with an ellipsis so that it fits `width` px. */
export function fitText(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Estimated width of `text`, in px. */
export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

function clamp(width: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
}
