/** unreachableReference: references to tasks that cannot have run yet resolve to null (§4.1, §5.6–§5.8). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unreachableReference } from '../../../server/src/service/rules/unreachableReference';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

const folder = 'unreachable-reference';

void test('each unreachable kind is one warning on the reference name, with data.reason', () => {
  const expected: [string, string, string][] = [
    ['forward-reference.workflow.json', 'second', 'later'],
    ['other-switch-branch.workflow.json', 'in_a', 'otherBranch'],
    ['parallel-fork-branch.workflow.json', 'left', 'parallelBranch'],
    ['self-reference.workflow.json', 'poll', 'self'],
    ['loop-body-before-loop.workflow.json', 'fetch_page', 'later'],
    ['switch-reads-own-branch.workflow.json', 'classify', 'descendant'],
  ];
  for (const [file, ref, reason] of expected) {
    const [finding, ...rest] = checkFixture(unreachableReference, folder, file);
    assert.deepEqual(rest, [], file);
    assert.equal(finding?.severity, 'warning');
    assert.equal(spanText(fixtureValue(folder, file), finding), ref, file);
    assert.equal(finding?.data?.reason, reason, file);
  }
});

void test('references to earlier tasks, enclosing loops and loop bodies from inside are fine', () => {
  for (const file of ['nested-loop.workflow.json', 'constant-condition.workflow.json']) {
    assert.deepEqual(checkFixture(unreachableReference, 'do-while', file), []);
  }
  assert.deepEqual(checkFixture(unreachableReference, 'unknown-reference', 'top-level-input.workflow.json'), []);
});

void test("a task inside a loop may read its own output: it is the previous iteration's (§4.1, §5.8)", () => {
  const value = {
    tasks: [
      {
        name: 'pages',
        taskReferenceName: 'pages',
        type: 'DO_WHILE',
        loopCondition: '$.fetch_page.hasMore',
        loopOver: [
          {
            name: 'route',
            taskReferenceName: 'route',
            type: 'SWITCH',
            evaluatorType: 'value-param',
            expression: 'k',
            inputParameters: { k: '${workflow.input.k}' },
            decisionCases: {
              a: [
                { name: 'fetch', taskReferenceName: 'fetch_page', inputParameters: { c: '${fetch_page.output.next}' } },
              ],
            },
          },
        ],
      },
    ],
  };
  assert.deepEqual(check(unreachableReference, 'workflow', value), []);
});
