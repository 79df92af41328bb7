/**
 * Fills `%s`/`%d` placeholders in order, like Java's `String.format` in Conductor's messages, so our message
 * constants can be Conductor's format strings verbatim (§2.3).
 */

/** Replaces each `%s` or `%d` with the next argument. */
export function formatMessage(template: string, ...args: readonly (string | number)[]): string {
  let next = 0;
  return template.replace(/%[sd]/g, () => String(args[next++] ?? ''));
}

/** Appends a "did you mean" sentence when there is a suggestion. */
export function withSuggestion(message: string, suggestion: string | undefined): string {
  return suggestion === undefined ? message : `${message} Did you mean '${suggestion}'?`;
}
