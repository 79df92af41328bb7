/** unknownScriptReference: `$.x` must name what `$` holds (§1.11, §4.4, §5.8). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownScriptReference } from '../../../server/src/service/rules/unknownScriptReference';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

const folder = 'unknown-script-reference';

void test('INLINE, SWITCH and DO_WHILE reads of unknown names warn on the name', () => {
  const expected: [string, string, string | undefined][] = [
    ['inline-missing-input.workflow.json', 'amount', 'amont'],
    ['switch-missing-input.workflow.json', 'kind', undefined],
    ['loop-condition-typo.workflow.json', 'loopp', 'loop'],
  ];
  for (const [file, name, suggestion] of expected) {
    const [finding, ...rest] = checkFixture(unknownScriptReference, folder, file);
    assert.deepEqual(rest, [], file);
    assert.equal(finding?.severity, 'warning');
    assert.equal(spanText(fixtureValue(folder, file), finding), name);
    assert.equal(finding?.data?.suggestion, suggestion);
  }
});

void test('a loop condition may read its inputs, its own reference and inner task references', () => {
  const value = {
    tasks: [
      {
        name: 'l',
        taskReferenceName: 'loop',
        type: 'DO_WHILE',
        inputParameters: { max: 3 },
        loopCondition: "$.loop['iteration'] < $.max && $.inner.done != true && $.deep",
        loopOver: [
          { name: 'i', taskReferenceName: 'inner' },
          {
            name: 's',
            taskReferenceName: 'sw',
            type: 'SWITCH',
            decisionCases: { a: [{ name: 'd', taskReferenceName: 'deep' }] },
          },
        ],
      },
    ],
  };
  assert.deepEqual(check(unknownScriptReference, 'workflow', value), []);
});
