/**
 * Turns a JSON template into LSP snippet text: values are laid out like `JSON.stringify(…, null, 2)`, snippet
 * syntax characters in them are escaped, and `tabStop(…)` markers become `${n:default}` placeholders.
 */

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** A marker for a placeholder; put it inside a template string value. */
export function tabStop(index: number, defaultText: string): string {
  return `${OPEN}${index}:${defaultText}${CLOSE}`;
}

/** The snippet text of `template` (escaped for LSP snippet syntax), with tab stops in place. */
export function toSnippet(template: unknown): string {
  // JSON.stringify writes the control-character markers as \u0001 / \u0002, which cannot occur in user text.
  const json = JSON.stringify(template, null, 2);
  const escaped = json.replace(/[$}\\]/g, (char) => `\\${char}`);
  return escaped.replace(
    /\\\\u0001(\d+):(.*?)\\\\u0002/g,
    (_match, index: string, text: string) => `\${${index}:${text}}`,
  );
}

/** Several templates as consecutive array elements (e.g. a FORK_JOIN and its JOIN). */
export function toSnippetList(templates: readonly unknown[]): string {
  return templates.map((template) => toSnippet(template)).join(',\n');
}
