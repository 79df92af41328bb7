/** switchCases: value-param names an input key; an empty case runs nothing (§5.6). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { switchCases } from '../../../server/src/service/rules/switchCases';
import { checkFixture } from './ruleHarness';

const folder = 'switch-cases';

void test('value-param expression that is not an input key warns on the expression', () => {
  const [finding] = checkFixture(switchCases, folder, 'value-param-missing-key.workflow.json');
  assert.equal(finding?.severity, 'warning');
  assert.deepEqual(finding?.path, ['tasks', 0, 'expression']);
  assert.match(finding?.message ?? '', /defaultCase/);
});

void test('a JavaScript-looking value-param expression suggests a script evaluator', () => {
  const [finding] = checkFixture(switchCases, folder, 'value-param-looks-like-script.workflow.json');
  assert.match(finding?.message ?? '', /set evaluatorType to javascript or graaljs/);
});

void test('an empty case is information on its key', () => {
  const [finding] = checkFixture(switchCases, folder, 'empty-case.workflow.json');
  assert.equal(finding?.severity, 'information');
  assert.deepEqual(finding?.path, ['tasks', 0, 'decisionCases', 'skip']);
  assert.equal(finding?.target, 'key');
});

void test('a value-param key present in inputParameters is fine', () => {
  assert.deepEqual(checkFixture(switchCases, 'unreachable-reference', 'other-switch-branch.workflow.json'), []);
});
