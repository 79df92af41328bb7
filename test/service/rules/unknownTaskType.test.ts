/** unknownTaskType: typos get a suggestion (error); other unknown types run as USER_DEFINED workers (§0.2). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownTaskType } from '../../../server/src/service/rules/unknownTaskType';
import { check, checkFixture } from './ruleHarness';

void test('SIMPEL is an error with data.suggestion SIMPLE on the type value', () => {
  const [finding, ...rest] = checkFixture(unknownTaskType, 'unknown-task-type', 'typo-simpel.workflow.json');
  assert.deepEqual(rest, []);
  assert.equal(finding?.severity, 'error');
  assert.deepEqual(finding?.path, ['tasks', 1, 'type']);
  assert.deepEqual(finding?.data, { suggestion: 'SIMPLE' });
  assert.match(finding?.message ?? '', /worker task .* never runs/);
});

void test('lower-case types are suggested in upper case', () => {
  const [finding] = checkFixture(unknownTaskType, 'unknown-task-type', 'lowercase-http.workflow.json');
  assert.deepEqual(finding?.data, { suggestion: 'HTTP' });
});

void test('a type far from every known one is a USER_DEFINED warning', () => {
  const [finding] = checkFixture(unknownTaskType, 'unknown-task-type', 'custom-worker-type.workflow.json');
  assert.equal(finding?.severity, 'warning');
  assert.match(finding?.message ?? '', /USER_DEFINED/);
  assert.equal(finding?.data, undefined);
});

void test('known types and a missing type (SIMPLE by default) are fine', () => {
  const tasks = ['SIMPLE', 'HTTP', 'LLM_CHAT_COMPLETE', undefined].map((type, i) => ({
    name: 'n',
    taskReferenceName: `r${i}`,
    type,
  }));
  assert.deepEqual(check(unknownTaskType, 'workflow', { tasks }), []);
});

void test('an Orkes system task type is a USER_DEFINED warning, never a typo of an OSS type', () => {
  const tasks = ['GET_WORKFLOW', 'HTTP_POLL', 'JDBC'].map((type, i) => ({
    name: 'n',
    taskReferenceName: `r${i}`,
    type,
  }));
  const findings = check(unknownTaskType, 'workflow', { tasks });
  assert.deepEqual(
    findings.map((finding) => [finding.severity, finding.data]),
    [
      ['warning', undefined],
      ['warning', undefined],
      ['warning', undefined],
    ],
  );
});
