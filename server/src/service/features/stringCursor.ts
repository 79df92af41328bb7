/**
 * Cursor arithmetic inside a JSON string token: raw text offsets ↔ decoded character offsets (escapes such as `\n`
 * or `\u00e9` take several raw characters for one decoded one).
 */
import type { Node } from 'jsonc-parser';

/** The decoded offset inside the string `node` for a raw document offset (clamped to the string's content). */
export function decodedOffset(text: string, node: Node, rawOffset: number): number {
  const contentEnd = node.offset + node.length - 1;
  let raw = node.offset + 1;
  let decoded = 0;
  while (raw < rawOffset && raw < contentEnd) {
    raw += text.charCodeAt(raw) !== 92 /* \ */ ? 1 : text.charCodeAt(raw + 1) === 117 /* u */ ? 6 : 2;
    decoded++;
  }
  return decoded;
}
