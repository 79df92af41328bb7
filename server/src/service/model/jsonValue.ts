/**
 * Narrowing helpers over parsed JSON values. Rules read documents that may be any JSON at all (the schema reports
 * shape errors separately), so every access goes through these guards instead of casts.
 */

/** A parsed JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The property as a string, or undefined when absent or of another type. */
export function stringProp(owner: JsonObject, key: string): string | undefined {
  const value = owner[key];
  return typeof value === 'string' ? value : undefined;
}

/** The property as an object, or undefined when absent or of another type. */
export function objectProp(owner: JsonObject, key: string): JsonObject | undefined {
  const value = owner[key];
  return isObject(value) ? value : undefined;
}

/** The property as an array, or undefined when absent or of another type. */
export function arrayProp(owner: JsonObject, key: string): readonly unknown[] | undefined {
  const value = owner[key];
  return Array.isArray(value) ? value : undefined;
}

/** True when the object has the key with a value other than null (Jackson treats null as absent). */
export function hasValue(owner: JsonObject | undefined, key: string): boolean {
  return owner !== undefined && owner[key] !== undefined && owner[key] !== null;
}

/** True for strings that contain a `${` expression, i.e. values Conductor resolves only at runtime. */
export function isDynamic(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}
