/**
 * Prints JSON laid out like a local file, so a comparison shows changed values, not changed line breaks: a
 * container the file writes on one line is printed on one line (when it fits in 120 columns, the project's
 * Prettier width); containers the file lacks follow Prettier's JSON habit (arrays inline when they fit, objects
 * expanded). Pure: no `vscode` import.
 */
import { parseDocument } from '../../../server/src/service/parse';
import type { JsonPath, Locator } from '../../../server/src/service/types';

const WIDTH = 120;

interface Layout {
  readonly text: string;
  readonly locator: Locator;
}

function inlineForm(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inlineForm).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineForm(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether the local file writes the container at `path` on one line; undefined when it has none there. */
function writtenInline(layout: Layout, path: JsonPath): boolean | undefined {
  const range = layout.locator.valueRange(path);
  return range === undefined ? undefined : !layout.text.slice(range.start, range.end).includes('\n');
}

function print(value: unknown, path: JsonPath, indent: string, prefixLength: number, layout: Layout): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const inline = inlineForm(value);
  const fits = prefixLength + inline.length + 1 <= WIDTH;
  const wanted = writtenInline(layout, path) ?? Array.isArray(value);
  if ((fits && wanted) || inline === '[]' || inline === '{}') return inline;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item: unknown, i) => inner + print(item, [...path, i], inner, inner.length, layout))
    : Object.entries(value).map(([key, item]) => {
        const head = `${inner}${JSON.stringify(key)}: `;
        return head + print(item, [...path, key], inner, head.length, layout);
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** `value` as JSON text laid out like `localText`, with a trailing newline. */
export function formatLike(value: unknown, localText: string): string {
  const { locator } = parseDocument(localText);
  return `${print(value, [], '', 0, { text: localText, locator })}\n`;
}
