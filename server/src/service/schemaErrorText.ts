/**
 * Small readers of Ajv errors for messages: expected and actual JSON types, and a schema's own wording for a
 * pattern mismatch.
 */
import type { ErrorObject } from 'ajv';

/** VS Code's `patternErrorMessage` next to a `pattern`: the schema author's words for a pattern mismatch. */
export function patternMessage(error: ErrorObject): string | undefined {
  if (error.keyword !== 'pattern') return undefined;
  const schemaNode: unknown = error.parentSchema;
  if (typeof schemaNode !== 'object' || schemaNode === null) return undefined;
  const message = (schemaNode as { patternErrorMessage?: unknown }).patternErrorMessage;
  return typeof message === 'string' ? message : undefined;
}

/** The types a `type` error expected, as `a or b`. */
export function typeNames(error: ErrorObject): string {
  const type = (error.params as { type?: unknown }).type;
  const names = Array.isArray(type) ? type.map(String) : String(type).split(',');
  return names.join(' or ');
}

/** The JSON type of a value, telling integers from other numbers like JSON Schema does. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
