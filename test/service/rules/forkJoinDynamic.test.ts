/** forkJoinDynamic: parameter combinations with Conductor's messages (§2.3, §5.7). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forkJoinDynamic } from '../../../server/src/service/rules/forkJoinDynamic';
import { checkFixture } from './ruleHarness';

const folder = 'fork-join-dynamic';

void test('each combination problem is one finding with the exact message', () => {
  const expected: [string, string][] = [
    [
      'both-styles.workflow.json',
      'dynamicForkJoinTasksParam or combination of dynamicForkTasksInputParamName and dynamicForkTasksParam cam be used for taskType: FORK_JOIN_DYNAMIC taskName: fan_out',
    ],
    [
      'missing-input-param-name.workflow.json',
      'dynamicForkTasksInputParamName field is required for taskType: FORK_JOIN_DYNAMIC taskName: fan_out',
    ],
    [
      'missing-tasks-param.workflow.json',
      'dynamicForkTasksParam field is required for taskType: FORK_JOIN_DYNAMIC taskName: fan_out',
    ],
  ];
  for (const [file, message] of expected) {
    const findings = checkFixture(forkJoinDynamic, folder, file);
    assert.deepEqual(
      findings.map((f) => [f.severity, f.message]),
      [['error', message]],
      file,
    );
  }
});

void test('a parameter naming a missing input key warns', () => {
  const [finding] = checkFixture(forkJoinDynamic, folder, 'param-not-an-input.workflow.json');
  assert.equal(finding?.severity, 'warning');
  assert.deepEqual(finding?.path, ['tasks', 0, 'dynamicForkTasksInputParamName']);
});

void test('forkTaskInputs needs nothing else', () => {
  assert.deepEqual(checkFixture(forkJoinDynamic, 'fork-join', 'dynamic-join-on-ignored.workflow.json'), []);
});
