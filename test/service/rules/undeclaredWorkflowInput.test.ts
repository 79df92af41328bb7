/** undeclaredWorkflowInput: a hint for inputs missing from a non-empty inputParameters list (§1.2). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { undeclaredWorkflowInput } from '../../../server/src/service/rules/undeclaredWorkflowInput';
import { check, checkFixture } from './ruleHarness';

const task = (x: string): Record<string, unknown> => ({ name: 'a', taskReferenceName: 'a', inputParameters: { x } });

void test('a hint with the input name and a suggestion', () => {
  const [finding] = checkFixture(undeclaredWorkflowInput, 'undeclared-workflow-input', 'not-listed.workflow.json');
  assert.equal(finding?.severity, 'hint');
  assert.deepEqual(finding?.data, { input: 'orderID', suggestion: 'orderId' });
});

void test('silent when inputParameters is empty or absent (inputs simply not documented)', () => {
  assert.deepEqual(check(undeclaredWorkflowInput, 'workflow', { tasks: [task('${workflow.input.x}')] }), []);
  assert.deepEqual(
    check(undeclaredWorkflowInput, 'workflow', { inputParameters: [], tasks: [task('${workflow.input.x}')] }),
    [],
  );
});

void test('inputTemplate keys count as declared inputs', () => {
  const value = { inputParameters: ['a'], inputTemplate: { x: 1 }, tasks: [task('${workflow.input.x}')] };
  assert.deepEqual(check(undeclaredWorkflowInput, 'workflow', value), []);
});
