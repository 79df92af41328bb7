/** deprecatedTaskType: DECISION and LAMBDA are deprecated in Conductor (§1.10). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deprecatedTaskType } from '../../../server/src/service/rules/deprecatedTaskType';
import { checkFixture } from './ruleHarness';

void test('a deprecated-tagged hint with the replacement type', () => {
  for (const [file, suggestion] of [
    ['decision.workflow.json', 'SWITCH'],
    ['lambda.workflow.json', 'INLINE'],
  ] as const) {
    const [finding, ...rest] = checkFixture(deprecatedTaskType, 'deprecated-task-type', file);
    assert.deepEqual(rest, []);
    assert.equal(finding?.severity, 'hint');
    assert.deepEqual(finding?.tags, ['deprecated']);
    assert.deepEqual(finding?.data, { suggestion });
  }
});
