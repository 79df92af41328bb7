/** unknownExpressionField: the segment after the root must exist in the runtime context (§4.1). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownExpressionField } from '../../../server/src/service/rules/unknownExpressionField';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

const folder = 'unknown-expression-field';

void test('task and workflow field typos get a suggestion; the span is the field', () => {
  const expected: [string, string, string | undefined][] = [
    ['task-field-typo.workflow.json', 'outputs', 'output'],
    ['workflow-field-typo.workflow.json', 'inputs', 'input'],
    ['workflow-start-time.workflow.json', 'createTime', undefined],
  ];
  for (const [file, field, suggestion] of expected) {
    const [finding, ...rest] = checkFixture(unknownExpressionField, folder, file);
    assert.deepEqual(rest, [], file);
    assert.equal(spanText(fixtureValue(folder, file), finding!), field);
    assert.equal(finding?.data?.suggestion, suggestion);
  }
});

void test('every documented field is accepted, including secrets and env (v3.31.2)', () => {
  const fields = ['input', 'output', 'variables', 'workflowId', 'correlationId', 'secrets', 'env', 'parentWorkflowId'];
  const taskFields = ['input', 'output', 'status', 'taskId', 'retryCount', 'iteration', 'reasonForIncompletion'];
  const inputParameters: Record<string, string> = {};
  fields.forEach((f) => (inputParameters[`w_${f}`] = `\${workflow.${f}.x}`));
  taskFields.forEach((f) => (inputParameters[`t_${f}`] = `\${a.${f}}`));
  const value = {
    tasks: [
      { name: 'a', taskReferenceName: 'a' },
      { name: 'b', taskReferenceName: 'b', inputParameters },
    ],
  };
  assert.deepEqual(check(unknownExpressionField, 'workflow', value), []);
});
