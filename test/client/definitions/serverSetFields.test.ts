/**
 * The "differs" lens and the Compare view read one list of server-set fields, so they agree: against a definition
 * as Orkes returns it (audit fields §1.1 plus `ownerApp` and `accessPolicy`, every default §1.2 §1.3 filled in) the
 * lens sees no difference and Compare shows no line but the file's `$schema`; a real change shows in both. The
 * Orkes-shaped definition is a fixture file written after Orkes' WorkflowDef (it has fields the local engine lacks).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { comparableText } from '../../../client/src/documents/comparableText';
import { definitionsDiffer } from '../../../client/src/registry/normalizeDefinition';
import { fixtureText } from './definitionsHarness';

const localText = fixtureText('defs_flow.workflow.json');
const local = JSON.parse(localText) as Record<string, unknown>;
const orkes = JSON.parse(fixtureText('defs_flow.orkes-registered.json')) as Record<string, unknown>;
const withoutSchemaLine = (text: string): string => text.replace(/^ {2}"\$schema": .*\n/m, '');

/** What each view says: does the lens show "differs", and does Compare show a line other than `$schema`? */
function verdicts(localValue: unknown, registered: unknown): { lens: boolean; compare: boolean } {
  const text = `${JSON.stringify(localValue, undefined, 2)}\n`;
  const shown = comparableText(registered, text, 'workflow');
  assert.ok(shown !== undefined);
  return { lens: definitionsDiffer(localValue, registered), compare: shown !== withoutSchemaLine(text) };
}

void describe('one list of server-set fields for the lens and Compare', () => {
  void it('§1.1 both see an Orkes-registered copy of the file as the same', () => {
    assert.deepEqual(verdicts(local, orkes), { lens: false, compare: false });
    assert.equal(comparableText(orkes, localText, 'workflow'), withoutSchemaLine(localText));
  });

  void it('both see a changed value, a changed task and a non-default field as a difference', () => {
    assert.deepEqual(verdicts(local, { ...orkes, description: 'Other' }), { lens: true, compare: true });
    assert.deepEqual(verdicts(local, { ...orkes, restartable: false }), { lens: true, compare: true });
    const tasks = [{ ...(orkes.tasks as object[])[0], optional: true }];
    assert.deepEqual(verdicts(local, { ...orkes, tasks }), { lens: true, compare: true });
  });

  void it('both compare an audit field the file itself writes, like any other field', () => {
    const written = { ...local, ownerApp: 'orkes-playground-app' };
    assert.deepEqual(verdicts(written, orkes), { lens: false, compare: false });
    assert.deepEqual(verdicts({ ...written, ownerApp: 'another-app' }, orkes), { lens: true, compare: true });
  });
});
