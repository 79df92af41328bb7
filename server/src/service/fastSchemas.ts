/**
 * Schema rewriting for the fast validation tier. Our task schema states per-type requirements as an `allOf` of
 * `if: {type: const X} then: {…}` pairs; Ajv evaluates every `if` of every task, and each failing `if` allocates
 * error objects. For a yes/no answer the rewrite replaces such an `allOf` with one dispatch keyword that runs only
 * the `then` schemas of the task's own type. The `then` schemas move to the document's `definitions`, where their
 * `$ref`s resolve exactly as before. Large closed objects are rewritten too (`memberSchemas.ts`). The detailed tier
 * keeps the original schemas for exact errors.
 */
import type Ajv from 'ajv';
import type { AnySchemaObject, KeywordDefinition, ValidateFunction } from 'ajv';
import { compiledRef, rewriteMembers } from './memberSchemas';

/** The dispatch keyword: `{ "<type>": ["<schema id>#/definitions/…", …] }`. */
export const DISPATCH_KEYWORD = 'x-dispatchType';

const PREFIX = 'x-then-';

/** Deep copies of the schema documents with every type-dispatch `allOf` rewritten. */
export function toFastSchemas(documents: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return documents.map((document) => {
    const copy = structuredClone(document);
    const id = typeof copy.$id === 'string' ? copy.$id : '';
    const moved: Record<string, unknown> = {};
    rewrite(copy, id, moved);
    if (Object.keys(moved).length > 0) copy.definitions = { ...(copy.definitions as object | undefined), ...moved };
    return copy;
  });
}

/** The keyword definition; `ajv` is the instance the keyword is added to (its schemas hold the targets). */
export function dispatchKeyword(ajv: Ajv): KeywordDefinition {
  return {
    keyword: DISPATCH_KEYWORD,
    schemaType: 'object',
    errors: false,
    compile: (table: Record<string, readonly string[]>) => {
      // Resolved on first use (the targets may not all be added yet when this compiles), then one Map read a task.
      let byType: Map<string, readonly ValidateFunction[]> | undefined;
      return (data: unknown): boolean => {
        if (typeof data !== 'object' || data === null) return true;
        const type = (data as { type?: unknown }).type;
        if (typeof type !== 'string') return true;
        byType ??= resolveTable(ajv, table);
        const validators = byType.get(type);
        if (validators === undefined) return true;
        for (const validator of validators) if (!validator(data)) return false;
        return true;
      };
    },
  };
}

/** Each type's `then` validators; a Map, so a task type such as "constructor" never reaches Object.prototype. */
function resolveTable(ajv: Ajv, table: Record<string, readonly string[]>): Map<string, readonly ValidateFunction[]> {
  const byType = new Map<string, readonly ValidateFunction[]>();
  for (const [type, refs] of Object.entries(table)) {
    byType.set(
      type,
      refs.map((ref) => compiledRef(ajv, ref)),
    );
  }
  return byType;
}

function rewrite(node: unknown, id: string, moved: Record<string, unknown>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const child of Object.values(node)) rewrite(child, id, moved);
  const schema = node as AnySchemaObject;
  rewriteMembers(schema, id, moved);
  if (!Array.isArray(schema.allOf) || schema.allOf.length === 0) return;
  const pairs = (schema.allOf as unknown[]).map(typeDispatchPair);
  if (pairs.some((pair) => pair === undefined)) return;
  const table: Record<string, string[]> = {};
  for (const pair of pairs) {
    if (!pair) continue;
    const name = `${PREFIX}${Object.keys(moved).length}`;
    // Standalone now, so the object type they inherited from the task schema is stated (Ajv strictTypes).
    moved[name] = isObject(pair.then) && !('type' in pair.then) ? { type: 'object', ...pair.then } : pair.then;
    (table[pair.type] ??= []).push(`${id}#/definitions/${name}`);
  }
  delete schema.allOf;
  schema[DISPATCH_KEYWORD] = table;
}

/** `{if: {properties: {type: {const: X}}, required: ['type']}, then: T}` → `{type: X, then: T}`. */
function typeDispatchPair(entry: unknown): { type: string; then: unknown } | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { if: condition, then, ...rest } = entry as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || then === undefined) return undefined;
  const expected = JSON.stringify(condition);
  const type = (condition as { properties?: { type?: { const?: unknown } } } | undefined)?.properties?.type?.const;
  if (typeof type !== 'string') return undefined;
  const canonical = JSON.stringify({ properties: { type: { const: type } }, required: ['type'] });
  return expected === canonical ? { type, then } : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
