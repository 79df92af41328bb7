/**
 * The "differs" lens and the Compare view read one list of server-set fields, so they agree: against a definition
 * as Orkes returns it (audit fields §1.1 plus `ownerApp` and `accessPolicy`, every default §1.2 §1.3 filled in) the
 * lens sees no difference and Compare shows no line but the file's `$schema`; a real change shows in both. Audit
 * fields a file writes itself are ignored too, since registering overwrites them (checked on the real engine). The
 * Orkes-shaped definition is a fixture file written after Orkes' WorkflowDef (it has fields the local engine lacks).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { comparableText } from '../../../client/src/documents/comparableText';
import { definitionsDiffer } from '../../../client/src/registry/normalizeDefinition';
import type { WorkflowDef } from '../../../common/src/model';
import { startEngineClient } from '../clientHarness';
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

  void it('§1.1 both ignore audit fields the file writes: the server overwrites them on every save', async () => {
    // As copied from the Conductor UI: the file carries the times and owner of an earlier registration.
    const copied = { ...local, createTime: 1, updateTime: 2, createdBy: 'someone', ownerApp: 'another-app' };
    // Registered as the Register command sends it: without the editor's `$schema`.
    const sent = Object.fromEntries(
      Object.entries(copied).filter(([key]) => key !== '$schema'),
    ) as unknown as WorkflowDef;
    const h = await startEngineClient();
    try {
      await h.client.metadata.registerWorkflowDef(sent);
      await h.client.metadata.updateWorkflowDefs([sent]);
      const registered = await h.client.metadata.getWorkflowDef('defs_flow', 1);
      assert.notEqual(registered.createTime, 1, 'the engine stamps its own createTime, as Conductor does');
      assert.deepEqual(verdicts(copied, registered), { lens: false, compare: false });
      assert.deepEqual(verdicts(copied, orkes), { lens: false, compare: false });
      assert.deepEqual(verdicts({ ...copied, description: 'Other' }, registered), { lens: true, compare: true });
    } finally {
      await h.engine.close();
    }
  });
});
