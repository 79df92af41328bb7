/** cronExpression: Spring's six-field cron (or a macro) for schedules. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cronExpression } from '../../../server/src/service/rules/cronExpression';
import { check, checkFixture, fixtureValue, spanText } from './ruleHarness';

void test('five fields are an error; an out-of-range field points at the field', () => {
  const [count] = checkFixture(cronExpression, 'cron-expression', 'five-fields.schedule.json');
  assert.match(count?.message ?? '', /has 5 fields/);
  const file = 'hour-out-of-range.schedule.json';
  const [field] = checkFixture(cronExpression, 'cron-expression', file);
  assert.equal(spanText(fixtureValue('cron-expression', file), field!), '25');
});

void test('valid expressions, macros and cronSchedules entries', () => {
  for (const cron of ['0 0 9 * * MON-FRI', '0 */15 * * * *', '@daily', '0 0 0 L * ?', '0 0 12 ? * 5#2']) {
    assert.deepEqual(check(cronExpression, 'schedule', { name: 's', cronExpression: cron }), [], cron);
  }
  const findings = check(cronExpression, 'schedule', { name: 's', cronSchedules: [{ cronExpression: '* * *' }] });
  assert.deepEqual(findings[0]?.path, ['cronSchedules', 0, 'cronExpression']);
});
