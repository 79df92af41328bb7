/** taskDefTimeouts: TaskTimeoutConstraint with TaskDef defaults (§1.5, §2.3). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { taskDefTimeouts } from '../../../server/src/service/rules/taskDefTimeouts';
import { check, checkFixture } from './ruleHarness';

const folder = 'task-def-timeouts';

void test("task definition files: errors with Conductor's messages on the conflicting value", () => {
  const expected: [string, string, (string | number)[]][] = [
    [
      'response-over-timeout.taskdef.json',
      'TaskDef: charge_card responseTimeoutSeconds: 120 must be less than timeoutSeconds: 60',
      ['responseTimeoutSeconds'],
    ],
    [
      'default-response-over-timeout.taskdef.json',
      'TaskDef: charge_card responseTimeoutSeconds: 3600 must be less than timeoutSeconds: 60',
      ['timeoutSeconds'],
    ],
    [
      'timeout-over-total.taskdef.json',
      'TaskDef: charge_card timeoutSeconds: 600 must be less than or equal to totalTimeoutSeconds: 300',
      ['timeoutSeconds'],
    ],
    [
      'array-element.taskdef.json',
      'TaskDef: release_stock responseTimeoutSeconds: 45 must be less than timeoutSeconds: 30',
      [1, 'responseTimeoutSeconds'],
    ],
  ];
  for (const [file, message, path] of expected) {
    assert.deepEqual(
      checkFixture(taskDefTimeouts, folder, file).map((f) => [f.severity, f.message, f.path]),
      [['error', message, path]],
      file,
    );
  }
});

void test('an inline taskDefinition (not validated by Conductor at registration) gets a warning', () => {
  const [finding] = checkFixture(taskDefTimeouts, folder, 'inline-task-definition.workflow.json');
  assert.equal(finding?.severity, 'warning');
  assert.deepEqual(finding?.path, ['tasks', 0, 'taskDefinition', 'responseTimeoutSeconds']);
});

void test('equal values, zero timeouts and unset totals are allowed', () => {
  for (const def of [
    { name: 'a', timeoutSeconds: 60, responseTimeoutSeconds: 60 },
    { name: 'b', timeoutSeconds: 0 },
    { name: 'c', timeoutSeconds: 600, responseTimeoutSeconds: 10, totalTimeoutSeconds: 0 },
  ]) {
    assert.deepEqual(check(taskDefTimeouts, 'taskdef', def), []);
  }
});
