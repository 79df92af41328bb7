/**
 * The fast tier's rewrite of large closed objects. For `properties` with `additionalProperties: false`, Ajv's code
 * reads every declared property of every instance (`data.x !== undefined`, 37 of them per task) and then checks
 * each key against the list. Tasks of different types have different shapes, so each of those reads is a
 * megamorphic property lookup, and together they were most of the fast tier's time on a large workflow. The
 * rewrite states the same constraint as one keyword that loops over the keys the instance actually has: an
 * unknown key fails, a known one is validated by its own property schema, moved to the document's `definitions`
 * so that its `$ref`s resolve exactly as before. Objects with few properties are left alone (Ajv's own code is
 * cheap there). Only the fast tier uses it: it answers yes or no; the detailed tier reports with the originals.
 */
import type Ajv from 'ajv';
import type { AnySchemaObject, KeywordDefinition, ValidateFunction } from 'ajv';
import type { DataValidationCxt } from 'ajv/dist/types';

/** The members keyword: `{ "<property>": "<schema id>#/definitions/…" }`, `true` for a property of any value. */
export const MEMBERS_KEYWORD = 'x-memberSchemas';

// Not `x-`: keys starting with `x-` are taken for annotation keywords and their contents are not searched.
const PREFIX = 'fast-member-';
/** Ajv switches its own key check to a lookup above 8 properties; below that its code is as cheap as ours. */
const MIN_PROPERTIES = 9;

type MemberTable = Record<string, string | true>;

/**
 * Rewrites `schema` in place when it is a large closed object; its property schemas go to `moved` under
 * fresh names, referenced from document `id`.
 */
export function rewriteMembers(schema: AnySchemaObject, id: string, moved: Record<string, unknown>): void {
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (!isPlainObject(properties) || schema.additionalProperties !== false || schema.patternProperties) return;
  if (Object.keys(properties).length < MIN_PROPERTIES) return;
  const table: MemberTable = {};
  for (const [name, property] of Object.entries(properties)) {
    if (property === true || (isPlainObject(property) && Object.keys(property).length === 0)) {
      table[name] = true;
      continue;
    }
    const definition = `${PREFIX}${Object.keys(moved).length}`;
    moved[definition] = property;
    table[name] = `${id}#/definitions/${definition}`;
  }
  delete schema.properties;
  delete schema.additionalProperties;
  schema[MEMBERS_KEYWORD] = table;
}

/** The keyword definition; `ajv` is the instance the keyword is added to (its schemas hold the targets). */
export function membersKeyword(ajv: Ajv): KeywordDefinition {
  return {
    keyword: MEMBERS_KEYWORD,
    schemaType: 'object',
    errors: false,
    compile: (table: MemberTable) => {
      // Resolved on first use: the target schemas may not all be added when this one compiles.
      let members: Map<string, ValidateFunction | true> | undefined;
      // The caller's context is handed on as it is: without one, each property's validator would allocate its own
      // default, and the fast tier's errors (whose paths it would hold) are never read.
      return (data: unknown, context?: DataValidationCxt): boolean => {
        if (typeof data !== 'object' || data === null || Array.isArray(data)) return true;
        members ??= resolve(ajv, table);
        const object = data as Record<string, unknown>;
        for (const key in object) {
          const member = members.get(key);
          if (member === undefined) return false;
          if (member !== true && !member(object[key], context)) return false;
        }
        return true;
      };
    },
  };
}

function resolve(ajv: Ajv, table: MemberTable): Map<string, ValidateFunction | true> {
  const members = new Map<string, ValidateFunction | true>();
  for (const [name, ref] of Object.entries(table)) {
    if (ref === true) {
      members.set(name, true);
      continue;
    }
    members.set(name, compiledRef(ajv, ref));
  }
  return members;
}

/** The compiled validator of a moved schema (`<id>#/definitions/…`); the rewrites only make refs that exist. */
export function compiledRef(ajv: Ajv, ref: string): ValidateFunction {
  const validator = ajv.getSchema(ref);
  if (!validator) throw new Error(`The fast schema tier cannot resolve ${ref}`);
  return validator;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
