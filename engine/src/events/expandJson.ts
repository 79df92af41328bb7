/**
 * Conductor's `JsonUtils.expand` (event handlers, §1.9 `expandInlineJSON`): string values of a map that hold JSON
 * objects or arrays are replaced by the parsed value, recursively. A string directly inside a list is left as is:
 * Conductor's `expandList` parses it into a local variable and drops the result, so we keep that behaviour.
 */

const looksLikeJson = (text: string): boolean => {
  const trimmed = text.trim();
  return trimmed.startsWith('{') || trimmed.startsWith('[');
};

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A copy of `value` with inline JSON strings expanded (the input is not changed). */
export function expandInlineJson(value: unknown): unknown {
  if (typeof value === 'string') return parseOrKeep(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : expandNested(item)));
  return expandNested(value);
}

function expandNested(value: unknown): unknown {
  if (Array.isArray(value)) return expandInlineJson(value);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = typeof item === 'string' && looksLikeJson(item) ? parseOrKeep(item) : expandNested(item);
  }
  return out;
}
