/** `walkTasks`: every task at every nesting level, as Conductor's `collectTasks` (§1.2). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { descendantsOf, walkTasks } from '../../../server/src/service/model/taskWalker';
import { fixtureValue } from '../rules/ruleHarness';

void test('walks switch cases, default case, fork branches and loop bodies with paths and branches', () => {
  const entries = walkTasks(fixtureValue('unreachable-reference', 'other-switch-branch.workflow.json'));
  assert.deepEqual(
    entries.map((e) => [e.ref, e.branch, e.branchKey, e.path.join('/')]),
    [
      ['route', 'root', undefined, 'tasks/0'],
      ['in_a', 'switchCase', 'a', 'tasks/0/decisionCases/a/0'],
      ['in_b', 'switchCase', 'b', 'tasks/0/decisionCases/b/0'],
    ],
  );
  const fork = walkTasks(fixtureValue('unreachable-reference', 'parallel-fork-branch.workflow.json'));
  assert.deepEqual(
    fork.map((e) => [e.ref, e.branch, e.branchKey, e.parent?.ref]),
    [
      ['fork', 'root', undefined, undefined],
      ['left', 'forkBranch', 0, 'fork'],
      ['right', 'forkBranch', 1, 'fork'],
      ['join', 'root', undefined, undefined],
    ],
  );
});

void test('nested loops: chains, order and contiguous descendants', () => {
  const entries = walkTasks(fixtureValue('do-while', 'nested-loop.workflow.json'));
  assert.deepEqual(
    entries.map((e) => [e.ref, e.chain.length, e.order]),
    [
      ['outer', 1, 0],
      ['inner', 2, 1],
      ['step', 3, 2],
    ],
  );
  const [outer, inner] = entries;
  assert.ok(outer && inner);
  assert.deepEqual(
    descendantsOf(entries, outer).map((e) => e.ref),
    ['inner', 'step'],
  );
  assert.deepEqual(
    descendantsOf(entries, inner).map((e) => e.ref),
    ['step'],
  );
});

void test('missing type defaults to SIMPLE; lists on other types are ignored like Conductor does', () => {
  const entries = walkTasks({
    tasks: [{ name: 'a', taskReferenceName: 'a', loopOver: [{ name: 'x', taskReferenceName: 'x' }] }],
  });
  assert.deepEqual(
    entries.map((e) => [e.ref, e.type]),
    [['a', 'SIMPLE']],
  );
});

void test('tolerates any JSON value', () => {
  for (const value of [null, 3, 'x', [], {}, { tasks: 'no' }, { tasks: [1, null, [], 'x'] }]) {
    assert.deepEqual(walkTasks(value), []);
  }
});
