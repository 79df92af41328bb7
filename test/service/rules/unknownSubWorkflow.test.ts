/** unknownSubWorkflow: sub-workflows the index does not know fail at start (§2.5, §5.9). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownSubWorkflow } from '../../../server/src/service/rules/unknownSubWorkflow';
import { check, checkFixture, folderIndex } from './ruleHarness';

const folder = 'unknown-sub-workflow';

void test('unknown name warns on the name; unknown version on the version, listing known ones', () => {
  const [name] = checkFixture(unknownSubWorkflow, folder, 'unknown-name.workflow.json');
  assert.deepEqual(name?.path, ['tasks', 0, 'subWorkflowParam', 'name']);
  const [version] = checkFixture(unknownSubWorkflow, folder, 'unknown-version.workflow.json');
  assert.deepEqual(version?.path, ['tasks', 0, 'subWorkflowParam', 'version']);
  assert.match(version?.message ?? '', /known versions: 1/);
});

void test('expression names, inline definitions, latest version and no index are skipped', () => {
  const sub = (param: Record<string, unknown>): unknown => ({
    tasks: [{ name: 's', taskReferenceName: 's', type: 'SUB_WORKFLOW', subWorkflowParam: param }],
  });
  const index = folderIndex(folder);
  assert.deepEqual(check(unknownSubWorkflow, 'workflow', sub({ name: '${workflow.input.flow}' }), index), []);
  assert.deepEqual(
    check(unknownSubWorkflow, 'workflow', sub({ name: 'x', workflowDefinition: { name: 'x', tasks: [] } }), index),
    [],
  );
  assert.deepEqual(check(unknownSubWorkflow, 'workflow', sub({ name: 'child_flow' }), index), []);
  assert.deepEqual(check(unknownSubWorkflow, 'workflow', sub({ name: 'nope' })), []);
});
