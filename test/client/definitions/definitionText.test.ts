/**
 * The text of registered definitions as shown and saved: audit fields dropped (§1.1), keys aligned with the local
 * file so a comparison shows changes, not reordering, and file names that never overwrite.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignKeys, toDefinitionText, withoutAuditFields } from '../../../client/src/documents/definitionText';
import { definitionFileName, freeFileName } from '../../../client/src/documents/fileNames';

void describe('definition text', () => {
  void it('§1.1 drops the server-stamped audit fields at the top level only', () => {
    const remote = {
      name: 'w',
      createTime: 1,
      updateTime: 2,
      createdBy: 'a',
      updatedBy: 'b',
      tasks: [{ createTime: 3 }],
    };
    assert.deepEqual(withoutAuditFields(remote), { name: 'w', tasks: [{ createTime: 3 }] });
  });

  void it('orders keys as the local file does, recursively, keeping keys the file lacks after', () => {
    const remote = { version: 1, tasks: [{ type: 'SIMPLE', name: 'a', optional: false }], name: 'w' };
    const local = { name: 'w', tasks: [{ name: 'a', type: 'SIMPLE' }], version: 1 };
    const aligned = alignKeys(remote, local);
    assert.equal(
      JSON.stringify(aligned),
      '{"name":"w","tasks":[{"name":"a","type":"SIMPLE","optional":false}],"version":1}',
    );
  });

  void it('writes name, description and version first, in Prettier layout, with a trailing newline', () => {
    const text = toDefinitionText({ tasks: [{ name: 't' }], a: [1], version: 2, name: 'w' });
    assert.equal(text, '{\n  "name": "w",\n  "version": 2,\n  "tasks": [{ "name": "t" }],\n  "a": [1]\n}\n');
  });
});

void describe('file names', () => {
  void it('names downloads after the definition and its kind, replacing characters file systems refuse', () => {
    assert.equal(definitionFileName('workflow', 'order_flow'), 'order_flow.workflow.json');
    assert.equal(definitionFileName('taskdef', 'team/charge:card'), 'team_charge_card.taskdef.json');
    assert.equal(definitionFileName('event', '..'), '_.event.json');
    assert.equal(definitionFileName('schedule', 'nightly'), 'nightly.schedule.json');
  });

  void it('never overwrites: picks the first free name next to existing files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'conductor-defs-'));
    try {
      const exists = (name: string): Promise<boolean> => Promise.resolve(existsSync(join(folder, name)));
      assert.equal(await freeFileName('w.workflow.json', 'workflow', exists), 'w.workflow.json');
      writeFileSync(join(folder, 'w.workflow.json'), '{}');
      writeFileSync(join(folder, 'w-2.workflow.json'), '{}');
      assert.equal(await freeFileName('w.workflow.json', 'workflow', exists), 'w-3.workflow.json');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
