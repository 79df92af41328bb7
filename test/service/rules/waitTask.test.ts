/** waitTask: duration/until like Conductor's validator (§1.11, §2.3), with its exact messages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitTask } from '../../../server/src/service/rules/waitTask';
import { check, checkFixture } from './ruleHarness';

const wait = (inputParameters: Record<string, unknown>): unknown => ({
  tasks: [{ name: 'w', taskReferenceName: 'w', type: 'WAIT', inputParameters }],
});
const messages = (inputParameters: Record<string, unknown>): string[] =>
  check(waitTask, 'workflow', wait(inputParameters)).map((f) => f.message);

void test('fixtures: both set, bad duration, bad date', () => {
  const expected: [string, string][] = [
    ['both-duration-and-until.workflow.json', "Both 'duration' and 'until' specified. Please provide only one input"],
    ['bad-duration.workflow.json', 'Either date or duration is passed as null '],
    ['bad-until.workflow.json', 'Unable to parse date '],
  ];
  for (const [file, message] of expected) {
    assert.deepEqual(
      checkFixture(waitTask, 'wait-task', file).map((f) => f.message),
      [message],
    );
  }
});

void test('accepts the documented duration words and date formats', () => {
  for (const duration of ['5s', '1d 2h 3m 4s', '10 minutes', '2 hrs', '3 days 1 sec', ' 30 SECONDS ', '']) {
    assert.deepEqual(messages({ duration }), [], duration);
  }
  for (const until of ['2026-12-31 23:59', '2026-12-31 23:59 UTC', '2026-12-31', '2026-1-2 3:04 GMT+05:30']) {
    assert.deepEqual(messages({ until }), [], until);
  }
});

void test('expressions are resolved at runtime and not parsed', () => {
  assert.deepEqual(messages({ duration: '${workflow.input.wait}' }), []);
  assert.deepEqual(messages({ until: '${workflow.input.when}' }), []);
});

void test('numbers are parsed as their text, as Conductor does', () => {
  assert.deepEqual(messages({ duration: 30 }), ['Either date or duration is passed as null ']);
});
