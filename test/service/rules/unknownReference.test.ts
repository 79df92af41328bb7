/** unknownReference: the root of `${…}` must be workflow, a task reference or an environment name (§2.4, §4.2). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownReference } from '../../../server/src/service/rules/unknownReference';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

const folder = 'unknown-reference';

void test("top-level inputParameters get Conductor's registration message and a suggestion", () => {
  const [finding] = checkFixture(unknownReference, folder, 'top-level-input.workflow.json');
  assert.equal(
    finding?.message,
    "taskReferenceName: fetch_usr for given task: task_b input value: email of input parameter: ${fetch_usr.output.email} is not defined in workflow definition. Did you mean 'fetch_user'?",
  );
  assert.deepEqual(finding?.data, { suggestion: 'fetch_user' });
  assert.equal(spanText(fixtureValue(folder, 'top-level-input.workflow.json'), finding), 'fetch_usr');
});

void test('elsewhere (nested tasks, outputParameters, subWorkflowParam) our message explains the null', () => {
  for (const file of [
    'nested-switch-input.workflow.json',
    'workflow-output.workflow.json',
    'sub-workflow-param.workflow.json',
  ]) {
    const findings = checkFixture(unknownReference, folder, file);
    assert.equal(findings.length, 1, file);
    assert.match(findings[0]?.message ?? '', /Conductor does not check references here.*null/);
    assert.equal(findings[0]?.severity, 'error');
  }
});

void test('the span points at the unknown root inside a longer string', () => {
  const [finding] = checkFixture(unknownReference, folder, 'nested-in-list.workflow.json');
  assert.equal(spanText(fixtureValue(folder, 'nested-in-list.workflow.json'), finding!), 'shiping');
  assert.deepEqual(finding?.path, ['tasks', 1, 'inputParameters', 'message', 'lines', 1]);
});

void test('UPPER_CASE single names may be server environment variables: warning', () => {
  const [finding] = checkFixture(unknownReference, folder, 'env-like-name.workflow.json');
  assert.equal(finding?.severity, 'warning');
});

void test('workflow, known refs, CPEWF_TASK_ID and escapes are fine', () => {
  const value = {
    tasks: [
      { name: 'a', taskReferenceName: 'a', inputParameters: { x: '${workflow.input.x}', id: '${CPEWF_TASK_ID}' } },
      { name: 'b', taskReferenceName: 'b', inputParameters: { y: '${a.output.y}', z: '$${unknown.output}' } },
    ],
  };
  assert.deepEqual(check(unknownReference, 'workflow', value), []);
});

void test("top-level inputParameters: Conductor's root is the text before the first '.' (§2.4)", () => {
  const file = 'dollar-root.workflow.json';
  const [finding, ...rest] = checkFixture(unknownReference, folder, file);
  assert.deepEqual(rest, []);
  assert.equal(
    finding?.message,
    "taskReferenceName: $ for given task: task_b input value: email of input parameter: ${$.fetch_user.output.email} is not defined in workflow definition. Conductor reads the reference as the text before the first '.', so write it plainly: ${fetch_user.…} without a '$.' prefix or brackets.",
  );
  assert.equal(spanText(fixtureValue(folder, file), finding), '$');
  const inputs = { a: "${workflow['input']['id']}", b: "${workflow.input['a.b']}", c: '${workflow.input.x }' };
  const nested = { name: 'n', taskReferenceName: 'n', inputParameters: { d: '${$.t.output}' } };
  const value = {
    tasks: [
      { name: 't', taskReferenceName: 't', inputParameters: inputs },
      { name: 's', taskReferenceName: 's', type: 'SWITCH', decisionCases: { x: [nested] } },
    ],
  };
  const findings = check(unknownReference, 'workflow', value);
  assert.deepEqual(
    findings.map((found) => spanText(value, found)),
    ["workflow['input']['id']"],
  );
});

void test("the registration message names Conductor's reference, the text before the first '.' (§2.4)", () => {
  const script = '(function () { return `Hello ${$.name}`; })()';
  const value = {
    tasks: [{ name: 'greet', taskReferenceName: 'greet', type: 'INLINE', inputParameters: { expression: script } }],
  };
  const [finding, ...rest] = check(unknownReference, 'workflow', value);
  assert.deepEqual(rest, []);
  assert.equal(
    finding?.message,
    `taskReferenceName: $ for given task: greet input value: expression of input parameter: ${script} is not defined in workflow definition.`,
  );
  assert.equal(spanText(value, finding), 'name');
});
