/**
 * Loads `schemas/` independently of the core: an Ajv in full strict mode (including `strictRequired`) with only the
 * keywords `schemas/keywords.json` declares, so a schema that needs anything else fails here first.
 */
import { withoutNullFields } from '../../server/src/service/nullFields';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const schemaDir = join(root, 'schemas');

/** A parsed schema file and its name. */
export interface SchemaFile {
  readonly file: string;
  readonly schema: Record<string, unknown>;
}

/** Every `*.schema.json` in `schemas/`, parsed. */
export function loadSchemas(): SchemaFile[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: readJson(join(schemaDir, file)) as Record<string, unknown> }));
}

/** The custom keyword names the schemas declare in `schemas/keywords.json`. */
export function customKeywords(): string[] {
  return (readJson(join(schemaDir, 'keywords.json')) as { keywords: string[] }).keywords;
}

/** A strict Ajv holding every schema; compile one with `ajv.getSchema('<file>')`. */
export function createStrictAjv(schemas: readonly SchemaFile[] = loadSchemas()): Ajv {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  for (const keyword of customKeywords()) ajv.addKeyword({ keyword });
  for (const { schema } of schemas) ajv.addSchema(schema);
  return ajv;
}

const KIND_BY_SUFFIX: readonly (readonly [string, string])[] = [
  ['.workflow.json', 'workflow-def.schema.json'],
  ['.taskdef.json', 'task-def.schema.json'],
  ['.task.json', 'task-def.schema.json'],
  ['.event.json', 'event-handler.schema.json'],
  ['.schedule.json', 'schedule.schema.json'],
];

/** The schema a file is validated against, by the project's file-name conventions; undefined for other JSON. */
export function schemaFor(file: string): string | undefined {
  return KIND_BY_SUFFIX.find(([suffix]) => file.endsWith(suffix))?.[1];
}

/** Every definition file under `dir` (recursively) that has a schema by its name. */
export function definitionFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return definitionFiles(path);
      return schemaFor(path) ? [path] : [];
    });
}

/** Validates a file against its schema and returns Ajv's errors as `path: message` lines. */
export function schemaErrors(ajv: Ajv, file: string): string[] {
  const id = schemaFor(file);
  if (!id) throw new Error(`no schema for ${file}`);
  const validate = ajv.getSchema(id) as ValidateFunction;
  // Null fields count as absent, as the core validates them (server/src/service/nullFields.ts).
  if (validate(withoutNullFields(readJson(file)))) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}

/** Reads and parses a JSON file. */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
