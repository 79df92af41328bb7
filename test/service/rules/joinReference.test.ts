/** joinReference: joins outside a fork and EXCLUSIVE_JOIN name existing tasks (§1.11, §5.7). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinReference } from '../../../server/src/service/rules/joinReference';
import { checkFixture } from './ruleHarness';

void test('unknown joinOn and defaultExclusiveJoinTask entries are errors on the entry', () => {
  const [join] = checkFixture(joinReference, 'join-reference', 'standalone-join-unknown.workflow.json');
  assert.deepEqual(join?.path, ['tasks', 1, 'joinOn', 0]);
  assert.deepEqual(join?.data, { suggestion: 'load' });
  const [exclusive] = checkFixture(joinReference, 'join-reference', 'exclusive-join-default-unknown.workflow.json');
  assert.deepEqual(exclusive?.path, ['tasks', 1, 'defaultExclusiveJoinTask', 0]);
});

void test('a JOIN right after a fork is left to forkJoin', () => {
  assert.deepEqual(checkFixture(joinReference, 'fork-join', 'join-on-unknown-ref.workflow.json'), []);
});
