/**
 * The registration-aware rules through the real `validate`, with the fixture folder as the workspace index and
 * `_registered.json` as what the active profile has registered (the payload of `conductor/registeredDefinitions`).
 * Goldens: `<case>.diagnostics.json` with the registrations known, `<case>.workspace.diagnostics.json` without
 * (the CLI, or not connected), which must be exactly the workspace-only findings of before.
 * Only the four codes these rules report are compared, so other rules' changes do not break these goldens.
 * `UPDATE_GOLDEN=1` rewrites them: read every rewritten golden before committing.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createWorkspaceIndex, parseDocument, validate, type DefinitionIndex } from '../../../server/src/service';
import {
  createRegisteredLookup,
  withRegistered,
  type RegisteredDefinitions,
} from '../../../server/src/service/registeredDefinitions';

const folder = join(__dirname, 'fixtures', 'registered');
const CODES = new Set([
  'conductor.missingTaskDefinition',
  'conductor.taskDefinitionNotRegistered',
  'conductor.unknownSubWorkflow',
  'conductor.subWorkflowNotRegistered',
]);
const files = readdirSync(folder).filter((name) => name.endsWith('.json') && !name.endsWith('.diagnostics.json'));
const cases = files.filter((name) => !name.startsWith('_'));
const workspace = createWorkspaceIndex(
  files
    .filter((name) => name !== '_registered.json')
    .map((name) => ({ uri: join(folder, name), text: readFileSync(join(folder, name), 'utf8') })),
);
const registered = JSON.parse(readFileSync(join(folder, '_registered.json'), 'utf8')) as RegisteredDefinitions;

/** The findings of the four codes, in a reviewable shape. */
function diagnose(name: string, index: DefinitionIndex): unknown[] {
  const text = readFileSync(join(folder, name), 'utf8');
  const document = TextDocument.create(`file://${join(folder, name)}`, 'json', 1, text);
  return validate(document, parseDocument(text), { uri: name, index })
    .filter((diagnostic) => CODES.has(String(diagnostic.code)))
    .map(({ code, message, range, data }) => ({
      code,
      message,
      range: [range.start.line, range.start.character, range.end.line, range.end.character],
      ...(data === undefined ? {} : { data: data as unknown }),
    }));
}

function compare(actual: unknown[], golden: string): void {
  const path = join(folder, golden);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')), golden);
}

void describe('registration-aware rules', () => {
  for (const name of cases) {
    const base = name.replace(/\.json$/, '');
    void it(`${name}: warnings name the profile when its registrations are known`, () => {
      compare(
        diagnose(
          name,
          withRegistered(workspace, () => createRegisteredLookup(registered)),
        ),
        `${base}.diagnostics.json`,
      );
    });
    void it(`${name}: unchanged workspace findings when nothing is known about a server`, () => {
      const expected = diagnose(name, workspace);
      assert.deepEqual(
        diagnose(
          name,
          withRegistered(workspace, () => undefined),
        ),
        expected,
      );
      compare(expected, `${base}.workspace.diagnostics.json`);
    });
  }

  void it('treats a malformed payload as nothing registered instead of failing', () => {
    const lookup = createRegisteredLookup({ profile: 'x', workflows: { a: 'nope' }, taskDefs: 'nope' } as never);
    assert.equal(lookup.hasTaskDef('a'), false);
    assert.deepEqual(lookup.workflowVersions('a'), []);
  });
});
