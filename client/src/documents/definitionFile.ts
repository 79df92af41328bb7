/**
 * Reads a local definition file for registering: which kind it holds (by name, then by shape, as the language
 * server decides), the definitions in it (a task-definition file may hold an array), and whether it is an array.
 * Editor-only keys such as `$schema` are dropped: Conductor would store them. Pure: no `vscode` import.
 */
import { kindFromName, kindFromShape } from '../../../server/src/service/documentKind';
import type { DocumentKind } from './definitionKind';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** A definition file ready to register. */
export interface DefinitionFile {
  readonly kind: DocumentKind;
  /** The definitions, in file order, without editor-only keys. */
  readonly definitions: readonly Record<string, unknown>[];
  /** True when the file's top level is an array (validation paths then start with the list index). */
  readonly holdsArray: boolean;
}

/** Why a file cannot be registered, as a sentence that says what to do. */
export class DefinitionFileError extends Error {}

const EDITOR_KEYS = ['$schema'];

function parse(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DefinitionFileError(`${fileName} is not valid JSON (${reason}); fix it, then register again.`);
  }
}

/** The file's definitions; throws DefinitionFileError when it is not JSON or not a Conductor definition. */
export function readDefinitionFile(fileName: string, text: string): DefinitionFile {
  const value = parse(fileName, text);
  const kind = kindFromName(fileName) ?? kindFromShape(value);
  if (!kind) {
    throw new DefinitionFileError(
      `${fileName} does not look like a Conductor definition; name it *.workflow.json, *.taskdef.json, ` +
        '*.event.json or *.schedule.json.',
    );
  }
  const holdsArray = Array.isArray(value);
  const items: unknown[] = holdsArray ? value : [value];
  if (holdsArray && kind !== 'taskdef') {
    throw new DefinitionFileError(`${fileName} holds an array; only task-definition files may hold several.`);
  }
  if (items.length === 0 || !items.every(isObject)) {
    throw new DefinitionFileError(
      `${fileName} must hold a JSON object${kind === 'taskdef' ? ' or an array of them' : ''}.`,
    );
  }
  const definitions = items.map((item) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !EDITOR_KEYS.includes(key))),
  );
  return { kind, definitions, holdsArray };
}

/** The name (and version, for workflows) of one definition of the file, as the server will know it. */
export function definitionName(definition: Record<string, unknown>): string {
  return typeof definition.name === 'string' ? definition.name : '';
}

/** A workflow's version as Conductor defaults it: a missing version is 1 (§1.2). */
export function definitionVersion(definition: Record<string, unknown>): number {
  return typeof definition.version === 'number' ? definition.version : 1;
}
