/** scriptSyntax: JavaScript parsed like GraalJS, errors located inside the string (§2.3, §4.4). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scriptSyntax } from '../../../server/src/service/rules/scriptSyntax';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

const folder = 'script-syntax';

void test("SWITCH and DECISION use Conductor's message", () => {
  const [finding] = checkFixture(scriptSyntax, folder, 'switch-javascript.workflow.json');
  assert.equal(finding?.message, 'Expression is not well formatted: Unexpected token, taskType: SWITCH taskName route');
  assert.deepEqual(finding?.path, ['tasks', 0, 'expression']);
  assert.deepEqual(finding?.span, { start: 25, length: 1 });
  const [decision] = checkFixture(scriptSyntax, folder, 'decision-case-expression.workflow.json');
  assert.match(decision?.message ?? '', /taskType: DECISION taskName route$/);
});

void test('a graaljs SWITCH is not syntax-checked at registration (§2.3): the runtime failure is described', () => {
  const [finding, ...rest] = checkFixture(scriptSyntax, folder, 'switch-graaljs.workflow.json');
  assert.deepEqual(rest, []);
  assert.equal(
    finding?.message,
    'JavaScript syntax error: Unexpected token. Conductor fails the SWITCH (and the workflow) when it evaluates this script.',
  );
  assert.deepEqual(finding?.span, { start: 25, length: 1 });
});

void test('INLINE, DO_WHILE and event conditions point at the offending character', () => {
  const expected: [string, string][] = [
    ['inline-graaljs.workflow.json', ';'],
    ['do-while-condition.workflow.json', '{'],
    ['event-condition.event.json', '&'],
  ];
  for (const [file, text] of expected) {
    const [finding, ...rest] = checkFixture(scriptSyntax, folder, file);
    assert.deepEqual(rest, [], file);
    assert.equal(spanText(fixtureValue(folder, file), finding!), text, file);
  }
});

void test('value-param SWITCH, python INLINE and scripts holding ${…} are not parsed', () => {
  const value = {
    tasks: [
      { name: 's', taskReferenceName: 's', type: 'SWITCH', evaluatorType: 'value-param', expression: 'not js (' },
      {
        name: 'p',
        taskReferenceName: 'p',
        type: 'INLINE',
        inputParameters: { evaluatorType: 'python', expression: 'x = (' },
      },
      { name: 'i', taskReferenceName: 'i', type: 'INLINE', inputParameters: { expression: '${workflow.input.code}' } },
    ],
  };
  assert.deepEqual(check(scriptSyntax, 'workflow', value), []);
});

void test('SWITCH, DECISION and DO_WHILE scripts are parsed as written, ${…} included (§5.6, §5.8)', () => {
  const [finding, ...rest] = checkFixture(scriptSyntax, folder, 'switch-template-expression.workflow.json');
  assert.deepEqual(rest, []);
  assert.equal(finding?.message, 'Expression is not well formatted: Unexpected token, taskType: SWITCH taskName route');
  const noop = [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }];
  const value = {
    tasks: [
      {
        name: 'l',
        taskReferenceName: 'l',
        type: 'DO_WHILE',
        loopCondition: '$.i < ${workflow.input.max}',
        loopOver: noop,
      },
      { name: 's', taskReferenceName: 's', type: 'SWITCH', evaluatorType: 'graaljs', expression: "'${x}' == 'a'" },
      { name: 'd', taskReferenceName: 'd', type: 'DECISION', caseExpression: '${workflow.input.k}' },
      { name: 'v', taskReferenceName: 'v', type: 'SWITCH', evaluatorType: 'value-param', expression: '${k} (' },
      { name: 'i', taskReferenceName: 'i', type: 'INLINE', inputParameters: { expression: '${workflow.input.n} * 2' } },
    ],
  };
  const findings = check(scriptSyntax, 'workflow', value);
  assert.deepEqual(
    findings.map((found) => found.path),
    [
      ['tasks', 0, 'loopCondition'],
      ['tasks', 2, 'caseExpression'],
    ],
  );
  assert.match(findings[0]?.message ?? '', /fails the loop/);
});
