/**
 * Schema validation with Ajv, each root schema compiled once on first use (module-level lazy singletons) and run
 * on the parsed value. Two tiers, because valid documents are the common case: a lean validator (first error
 * only, no schema/data copies in errors) answers "valid?" at about `JSON.parse` speed; only an invalid value is
 * re-run through the detailed one (all errors, verbose) whose errors `schemaFindings.ts` turns into findings. Null
 * fields count as absent, as in Conductor (`nullFields.ts`).
 */
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { DISPATCH_KEYWORD, dispatchKeyword, toFastSchemas } from './fastSchemas';
import { MEMBERS_KEYWORD, membersKeyword } from './memberSchemas';
import { ROOT_SCHEMA_IDS, SCHEMA_DOCUMENTS } from './schemaSources';
import { withoutNullFields } from './nullFields';
import { mapSchemaErrors } from './schemaFindings';
import type { DocumentKind, Finding } from './types';

// Annotation keywords VS Code's JSON support understands; Ajv's strict mode must know them to accept the schemas.
const EDITOR_KEYWORDS = [
  'markdownDescription',
  'patternErrorMessage',
  'deprecationMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'errorMessage',
  'doNotSuggest',
];

type Tier = 'fast' | 'detailed';

const instances = new Map<Tier, Ajv>();
const validators = new Map<string, ValidateFunction>();

/**
 * A fresh Ajv configured like the core's (strict, the editor and `x-*` keywords of our schemas registered).
 * `detailed` (the default) collects all errors verbosely; otherwise the fast tier's rewritten schemas are used
 * (see `fastSchemas.ts`). Exported so schema tests compile the schemas exactly as validation does.
 */
export function createAjv(schemas: readonly Record<string, unknown>[] = SCHEMA_DOCUMENTS, detailed = true): Ajv {
  const ajv = new Ajv({
    allErrors: detailed,
    verbose: detailed,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  const documents = detailed ? schemas : toFastSchemas(schemas);
  const custom = new Set<string>(EDITOR_KEYWORDS);
  for (const schema of documents) collectCustomKeywords(schema, custom);
  custom.delete(DISPATCH_KEYWORD);
  custom.delete(MEMBERS_KEYWORD);
  for (const keyword of custom) ajv.addKeyword({ keyword });
  if (!detailed) {
    ajv.addKeyword(dispatchKeyword(ajv));
    ajv.addKeyword(membersKeyword(ajv));
  }
  for (const schema of documents) ajv.addSchema(schema);
  return ajv;
}

/** The compiled validator of a tier for a kind, compiled on first use and kept for the process's life. */
export function getValidator(kind: DocumentKind, tier: Tier = 'detailed'): ValidateFunction {
  const key = `${tier}:${kind}`;
  let validator = validators.get(key);
  if (!validator) {
    let ajv = instances.get(tier);
    if (!ajv) {
      ajv = createAjv(SCHEMA_DOCUMENTS, tier === 'detailed');
      instances.set(tier, ajv);
    }
    validator = ajv.getSchema(ROOT_SCHEMA_IDS[kind]);
    if (!validator) throw new Error(`No schema registered for '${kind}' documents (${ROOT_SCHEMA_IDS[kind]})`);
    validators.set(key, validator);
  }
  return validator;
}

/**
 * Compiles every validator now instead of on first use (a few hundred ms each on a slow machine), so a server can
 * do it while idle after start-up rather than during the first validation.
 */
export function prepareValidators(): void {
  for (const kind of Object.keys(ROOT_SCHEMA_IDS) as DocumentKind[]) {
    getValidator(kind, 'fast');
    getValidator(kind, 'detailed');
  }
}

/**
 * Validates a parsed value against the schema of its kind. A task-def document may be an array of task
 * definitions (as `POST /api/metadata/taskdefs` takes); the task-def schema itself handles both forms (including
 * Conductor's "TaskDefList is empty"), so the paths of array elements start with their index.
 */
export function validateAgainstSchema(value: unknown, kind: DocumentKind): Finding[] {
  const fast = getValidator(kind, 'fast');
  if (passes(fast, value)) return [];
  // Only a value that fails is searched for nulls (see nullFields.ts), so valid documents pay nothing for it.
  const unset = withoutNullFields(value);
  if (unset !== value && passes(fast, unset)) return [];
  const validator = getValidator(kind, 'detailed');
  if (validator(unset)) return [];
  return mapSchemaErrors(validator.errors ?? [], unset, []);
}

/** A plain boolean: Ajv's validators are type guards, which would narrow `value` to `never` after a pass. */
function passes(validator: ValidateFunction, value: unknown): boolean {
  return validator(value);
}

/** Adds every `x-…` key found anywhere in a schema (iteratively: schemas can be deep). */
function collectCustomKeywords(schema: unknown, into: Set<string>): void {
  const pending: unknown[] = [schema];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('x-')) into.add(key);
        else pending.push(child);
      }
    }
  }
}
