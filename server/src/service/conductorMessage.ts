/**
 * Reads `x-conductor-message` from the schema node of a failed constraint: Conductor's exact server message
 * (reference §2.3), with placeholders `{name}` (the enclosing task's or definition's name), `{type}` and
 * `{value}` (the offending value). For `required` the keyword holds an object keyed by property name.
 */
import type { ErrorObject } from 'ajv';
import { valueAt } from './jsonPointer';
import type { JsonPath } from './types';

const KEYWORD = 'x-conductor-message';

/** The rendered Conductor message for `error`, or undefined when its schema node has none. */
export function conductorMessage(
  error: ErrorObject,
  root: unknown,
  path: JsonPath,
  property?: string,
): string | undefined {
  const schemaNode: unknown = error.parentSchema;
  const declared =
    typeof schemaNode === 'object' && schemaNode !== null
      ? (schemaNode as Record<string, unknown>)[KEYWORD]
      : undefined;
  let template: unknown = declared;
  if (typeof declared === 'object' && declared !== null) {
    // Keyed by property (for `required`/`additionalProperties`) or by the failing keyword.
    const table = declared as Record<string, unknown>;
    template = (property === undefined ? undefined : table[property]) ?? table[error.keyword];
  }
  if (typeof template !== 'string') return undefined;
  const owner = enclosingDefinition(root, path);
  return template
    .replace(/\{name\}/g, javaString(owner?.name))
    .replace(/\{type\}/g, javaString(owner?.type))
    .replace(/\{value\}/g, javaString(error.data));
}

/**
 * The innermost task on the path (an object with a `taskReferenceName`), else the innermost object with a
 * `name`: the subject Conductor names in its messages.
 */
function enclosingDefinition(root: unknown, path: JsonPath): Record<string, unknown> | undefined {
  let named: Record<string, unknown> | undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = valueAt(root, path.slice(0, depth));
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    const object = node as Record<string, unknown>;
    if ('taskReferenceName' in object) return object;
    if (named === undefined && typeof object.name === 'string') named = object;
  }
  return named;
}

/** How Java's `String.format("%s")` prints a value: null as `null`, objects as JSON. */
function javaString(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
