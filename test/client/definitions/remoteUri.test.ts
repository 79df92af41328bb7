/**
 * Addresses of registered definitions (`conductor-remote:` paths): round trips for every kind, names that need
 * encoding, file names that give VS Code the right language, and paths that are not ours.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRemotePath, remotePath } from '../../../client/src/documents/remoteUri';
import { definitionRefOf } from '../../../client/src/commands/definitions/definitionArgument';

void describe('conductor-remote paths', () => {
  void it('round-trips every kind, ending in the kind suffix for the language', () => {
    const refs = [
      { kind: 'workflow', name: 'order flow/v%', version: 3 },
      { kind: 'taskdef', name: 'charge_card' },
      { kind: 'event', name: 'on:shipped' },
      { kind: 'schedule', name: 'nightly' },
    ] as const;
    for (const ref of refs) assert.deepEqual(parseRemotePath(remotePath(ref)), ref);
    assert.equal(remotePath(refs[0]), '/workflow/order%20flow%2Fv%25/3/order%20flow_v%25.v3.workflow.json');
    assert.match(remotePath(refs[1]), /\/charge_card\.taskdef\.json$/);
  });

  void it('refuses paths it did not make', () => {
    for (const path of [
      '',
      '/',
      '/workflow/x',
      '/workflow/x/one/x.workflow.json',
      '/other/x/x.json',
      '/taskdef/%E0/x',
    ]) {
      assert.equal(parseRemotePath(path), undefined, path);
    }
  });
});

void describe('command arguments', () => {
  void it('accepts nodes and plain references, and nothing else', () => {
    assert.deepEqual(definitionRefOf({ ref: { kind: 'taskdef', name: 't' }, label: 'x' }), {
      kind: 'taskdef',
      name: 't',
    });
    assert.deepEqual(definitionRefOf({ kind: 'workflow', name: 'w', version: 2 }), {
      kind: 'workflow',
      name: 'w',
      version: 2,
    });
    for (const bad of [undefined, 'w', { kind: 'workflow', name: 'w' }, { kind: 'job', name: 'j' }, { ref: null }]) {
      assert.equal(definitionRefOf(bad), undefined, JSON.stringify(bad));
    }
  });
});
