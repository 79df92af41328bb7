/** dynamicTask: dynamicTaskNameParam must name an input key (§1.11). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dynamicTask } from '../../../server/src/service/rules/dynamicTask';
import { check, checkFixture } from './ruleHarness';

void test('a missing input key warns on dynamicTaskNameParam; a present one is fine', () => {
  const [finding] = checkFixture(dynamicTask, 'dynamic-task', 'missing-name-input.workflow.json');
  assert.deepEqual(finding?.path, ['tasks', 0, 'dynamicTaskNameParam']);
  const ok = {
    tasks: [
      { name: 'd', taskReferenceName: 'd', type: 'DYNAMIC', dynamicTaskNameParam: 'n', inputParameters: { n: 'x' } },
    ],
  };
  assert.deepEqual(check(dynamicTask, 'workflow', ok), []);
});
