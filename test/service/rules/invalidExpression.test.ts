/** invalidExpression: malformed `${…}` with Conductor's message (§2.4), the span on the whole expression. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invalidExpression } from '../../../server/src/service/rules/invalidExpression';
import { unknownExpressionField } from '../../../server/src/service/rules/unknownExpressionField';
import { unknownReference } from '../../../server/src/service/rules/unknownReference';
import { unreachableReference } from '../../../server/src/service/rules/unreachableReference';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

const folder = 'invalid-expression';

void test('unclosed, empty, trailing dot and unclosed bracket are each one error on the expression', () => {
  const expected: [string, string, string][] = [
    [
      'unclosed.workflow.json',
      '${workflow.input.orderId',
      'key: orderId input parameter value: workflow.input.orderId is not valid',
    ],
    ['empty.workflow.json', '${}', 'key: orderId input parameter value:  is not valid'],
    [
      'trailing-dot.workflow.json',
      '${workflow.input.}',
      'key: orderId input parameter value: workflow.input. is not valid',
    ],
    [
      'unclosed-bracket.workflow.json',
      '${workflow.input.items[0.id}',
      'key: firstItem input parameter value: workflow.input.items[0.id is not valid',
    ],
  ];
  for (const [file, text, message] of expected) {
    const findings = checkFixture(invalidExpression, folder, file);
    assert.equal(findings.length, 1, file);
    assert.equal(spanText(fixtureValue(folder, file), findings[0]!), text, file);
    assert.equal(findings[0]?.message, message);
    assert.equal(findings[0]?.severity, 'error');
  }
});

void test('escaped, nested and JSONPath-rich expressions are valid', () => {
  const value = {
    tasks: [
      {
        name: 'a',
        taskReferenceName: 'a',
        inputParameters: {
          a: '$${literal',
          b: "${workflow.input.items[?(@.price > 10)].name} ${workflow.input['key with space']}",
          c: '${workflow.input.${workflow.input.key}}',
        },
      },
    ],
  };
  assert.deepEqual(check(invalidExpression, 'workflow', value), []);
});

void test('a space JsonPath refuses (after the braces or inside a dotted name) is invalid; others are fine (§2.4)', () => {
  const inputs: Record<string, string> = {
    leading: '${ workflow.input.a }',
    inner: 'id ${workflow.input.first name}',
    afterBracket: "${workflow.input['a'] .b}",
    trailing: '${workflow.input.a }',
    rooted: '${ $.workflow.input.a}',
    bracketed: "${workflow.input['first name']}",
    filter: '${workflow.input.items[?(@.price < 10)].id}',
  };
  const value = { tasks: [{ name: 'a', taskReferenceName: 'a', inputParameters: inputs }] };
  const findings = check(invalidExpression, 'workflow', value);
  assert.deepEqual(
    findings.map((finding) => finding.path.at(-1)),
    ['leading', 'inner', 'afterBracket'],
  );
  assert.equal(findings[0]?.message, 'key: leading input parameter value:  workflow.input.a  is not valid');
  assert.equal(findings[0]?.data?.reason, 'space outside brackets');
});

void test('the reference rules leave a spaced expression to this rule', () => {
  const value = {
    tasks: [{ name: 'a', taskReferenceName: 'a', inputParameters: { x: '${ fetch.output }', y: '${ a.outptu }' } }],
  };
  for (const rule of [unknownReference, unknownExpressionField, unreachableReference]) {
    assert.deepEqual(check(rule, 'workflow', value), [], rule.id);
  }
  assert.equal(check(invalidExpression, 'workflow', value).length, 2);
});

void test("outside top-level inputParameters the message does not claim Conductor's registration error (§2.4)", () => {
  const [finding, ...rest] = checkFixture(invalidExpression, folder, 'nested-task.workflow.json');
  assert.deepEqual(rest, []);
  assert.equal(
    finding?.message,
    "Malformed expression '${workflow.input.}' (path must not end with '.'): Conductor checks expressions only in top-level tasks' inputParameters, so this registers, but it does not resolve to a value at runtime.",
  );
  assert.equal(finding?.severity, 'error');
  const output = { tasks: [{ name: 'a', taskReferenceName: 'a' }], outputParameters: { x: '${a.output' } };
  assert.match(
    check(invalidExpression, 'workflow', output)[0]?.message ?? '',
    /^Malformed expression '\$\{a\.output' \(unclosed/,
  );
});
