/** doWhile: nested loops and conditions that never read `$` (§5.8). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doWhile } from '../../../server/src/service/rules/doWhile';
import { check, checkFixture } from './ruleHarness';

void test('a loop inside a loop warns on the inner type', () => {
  const [finding, ...rest] = checkFixture(doWhile, 'do-while', 'nested-loop.workflow.json');
  assert.deepEqual(rest, []);
  assert.deepEqual(finding?.path, ['tasks', 0, 'loopOver', 0, 'type']);
  assert.match(finding?.message ?? '', /SUB_WORKFLOW/);
});

void test('a constant condition warns; list mode and $-reading conditions do not', () => {
  const [finding] = checkFixture(doWhile, 'do-while', 'constant-condition.workflow.json');
  assert.deepEqual(finding?.path, ['tasks', 0, 'loopCondition']);
  const loop = (extra: Record<string, unknown>): unknown => ({
    tasks: [
      {
        name: 'l',
        taskReferenceName: 'l',
        type: 'DO_WHILE',
        loopOver: [{ name: 'a', taskReferenceName: 'a' }],
        ...extra,
      },
    ],
  });
  assert.deepEqual(check(doWhile, 'workflow', loop({ loopCondition: 'true', items: '${workflow.input.list}' })), []);
  assert.deepEqual(check(doWhile, 'workflow', loop({ loopCondition: "$.l['iteration'] < 3" })), []);
});
