/**
 * Fixture files of the definition tests, read as the commands read them: as text with a file name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDefinitionFile, type DefinitionFile } from '../../../client/src/documents/definitionFile';

/** The path of a fixture of this folder. */
export function fixturePath(name: string): string {
  return join(__dirname, 'fixtures', name);
}

/** The text of a fixture. */
export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A fixture read as a definition file. */
export function fixtureFile(name: string): DefinitionFile {
  return readDefinitionFile(name, fixtureText(name));
}
