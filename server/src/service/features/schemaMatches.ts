/**
 * A small JSON Schema matcher for the `if` parts of per-type requirements (`properties` with `const`/`enum`/`type`,
 * `required`, and `pattern`, which separates a `${…}` value from an enum choice such as an HTTP method). Keywords it does not know count as matching: a wrong guess only shows a few extra completions.
 */
import { isObject } from '../model/jsonValue';
import type { JsonObject } from '../model/jsonValue';

/** True when `value` satisfies the supported keywords of `schema`. */
export function schemaMatches(schema: JsonObject, value: unknown): boolean {
  if ('const' in schema && schema['const'] !== value) return false;
  const choices = schema['enum'];
  if (Array.isArray(choices) && !choices.includes(value)) return false;
  if (typeof schema['type'] === 'string' && !hasType(value, schema['type'])) return false;
  if (typeof schema['pattern'] === 'string' && typeof value === 'string' && !matchesPattern(schema['pattern'], value))
    return false;
  const required = schema['required'];
  if (Array.isArray(required)) {
    if (!isObject(value) || required.some((key) => typeof key === 'string' && !(key in value))) return false;
  }
  const properties = schema['properties'];
  if (isObject(properties) && isObject(value)) {
    for (const [key, sub] of Object.entries(properties)) {
      if (key in value && isObject(sub) && !schemaMatches(sub, value[key])) return false;
    }
  }
  return true;
}

// JSON Schema patterns are ECMA-262 regular expressions, unanchored.
function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true;
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
