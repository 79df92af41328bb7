/** missingTaskDefinition: SIMPLE tasks without a task def run with Conductor's defaults (§0.3, §2.5). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingTaskDefinition } from '../../../server/src/service/rules/missingTaskDefinition';
import { check, checkFixture, fixtureValue } from './ruleHarness';

void test('warns on the name of an unregistered SIMPLE task, naming the index', () => {
  for (const file of ['simple-without-definition.workflow.json', 'default-type-without-definition.workflow.json']) {
    const [finding, ...rest] = checkFixture(missingTaskDefinition, 'missing-task-definition', file);
    assert.deepEqual(rest, [], file);
    assert.deepEqual(finding?.data, { taskName: 'archive_order' });
    assert.match(finding?.message ?? '', /in the workspace: Conductor runs this task with defaults \(3 retries, 60 s/);
  }
});

void test('skipped without an index', () => {
  const value = fixtureValue('missing-task-definition', 'simple-without-definition.workflow.json');
  assert.deepEqual(check(missingTaskDefinition, 'workflow', value), []);
});
