/** forkJoin: a fork is followed by a JOIN (§2.5), joinOn names tasks of that fork's branches (§5.7). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forkJoin } from '../../../server/src/service/rules/forkJoin';
import { checkFixture } from './ruleHarness';

const folder = 'fork-join';
const only = (file: string) => {
  const findings = checkFixture(forkJoin, folder, file);
  assert.equal(findings.length, 1, `${file}: ${JSON.stringify(findings)}`);
  return findings[0]!;
};

void test("a fork without a following JOIN gets Conductor's runtime message", () => {
  for (const file of ['fork-without-join.workflow.json', 'fork-at-end.workflow.json']) {
    const finding = only(file);
    assert.equal(finding.message, 'Fork task definition is not followed by a join task.  Check the blueprint');
    assert.deepEqual(finding.path, ['tasks', 0, 'type']);
  }
  assert.equal(
    only('dynamic-fork-without-join.workflow.json').message,
    'Dynamic join definition is not followed by a join task.  Check the workflow definition.',
  );
});

void test('joinOn entries must be tasks of the fork', () => {
  assert.deepEqual(only('join-on-unknown-ref.workflow.json').path, ['tasks', 1, 'joinOn', 1]);
  const outside = only('join-on-task-outside-fork.workflow.json');
  assert.deepEqual(outside.path, ['tasks', 2, 'joinOn', 2]);
  assert.match(outside.message, /'prepare' is not a task in the branches of FORK_JOIN 'fork'/);
});

void test('an unjoined branch is a hint on that branch; joinOn after a dynamic fork is unnecessary', () => {
  const branch = only('branch-not-joined.workflow.json');
  assert.equal(branch.severity, 'hint');
  assert.deepEqual(branch.path, ['tasks', 0, 'forkTasks', 1]);
  const dynamic = only('dynamic-join-on-ignored.workflow.json');
  assert.deepEqual(dynamic.tags, ['unnecessary']);
});

void test('a fork whose JOIN waits for every branch is fine', () => {
  assert.deepEqual(checkFixture(forkJoin, 'unreachable-reference', 'parallel-fork-branch.workflow.json'), []);
});
