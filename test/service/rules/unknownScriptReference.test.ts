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

void test('a list-mode loop condition may read loopIndex and loopItem; a counter loop may not (§5.8)', () => {
  const loop = (extra: Record<string, unknown>): unknown => ({
    tasks: [
      {
        name: 'l',
        taskReferenceName: 'each',
        type: 'DO_WHILE',
        loopCondition: "$.loopItem.status != 'STOP' && $.loopIndex < 100",
        loopOver: [{ name: 'i', taskReferenceName: 'inner' }],
        ...extra,
      },
    ],
  });
  assert.deepEqual(check(unknownScriptReference, 'workflow', loop({ items: '${workflow.input.orders}' })), []);
  const orkes = loop({ inputParameters: { _items: '${workflow.input.orders}' } });
  assert.deepEqual(check(unknownScriptReference, 'workflow', orkes), []);
  const listed = loop({ inputParameters: { _items: [1, 2] } });
  assert.deepEqual(check(unknownScriptReference, 'workflow', listed), []);
  const counter = loop({ items: '  ' });
  const names = check(unknownScriptReference, 'workflow', counter).map((f) => spanText(counter, f));
  assert.deepEqual(names, ['loopItem', 'loopIndex']);
});
