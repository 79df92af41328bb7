/**
 * SWITCH (value-param) and DECISION over HTTP (reference/conductor.md §1.11, §5.6): the case value is the resolved
 * input as a string (`"null"` when missing), the default case only when no key matches (SWITCH) or also for an empty
 * case (DECISION), and the outputs `evaluationResult`/`selectedCase` and `caseOutput`. The javascript evaluator is
 * covered in test/engine/exec/scriptedTasks.test.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Harness } from '../exec/engineHarness';
import { refsOf, runToEnd, startSuite, taskOf } from './systemTaskHarness';

let h: Harness;
before(async () => {
  h = await startSuite();
});
after(() => h.close());

void describe('§5.6 SWITCH value-param', () => {
  void it('runs the matching case, records evaluationResult and selectedCase, then continues after the SWITCH', async () => {
    const run = await runToEnd(h, 'st_switch_value_param', { kind: 'a' });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refsOf(run), ['route', 'mark_a', 'after_route']);
    assert.deepEqual(taskOf(run, 'route').outputData, { evaluationResult: ['a'], selectedCase: 'a' });
    assert.deepEqual(run.output, { branch: 'a' });
  });

  void it('takes the default case when no key matches', async () => {
    const run = await runToEnd(h, 'st_switch_value_param', { kind: 'zzz' });
    assert.deepEqual(refsOf(run), ['route', 'mark_default', 'after_route']);
    assert.deepEqual(taskOf(run, 'route').outputData, { evaluationResult: ['zzz'], selectedCase: 'zzz' });
    assert.deepEqual(run.output, { branch: 'default' });
  });

  void it('matches a missing input as the string "null" (here: no key, so the default case)', async () => {
    const run = await runToEnd(h, 'st_switch_value_param', {});
    assert.deepEqual(taskOf(run, 'route').outputData, { evaluationResult: ['null'], selectedCase: 'null' });
    assert.deepEqual(refsOf(run), ['route', 'mark_default', 'after_route']);
  });

  void it('runs nothing for an explicitly empty case (no fall-back to the default)', async () => {
    const run = await runToEnd(h, 'st_switch_value_param', { kind: 'skip' });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refsOf(run), ['route', 'after_route']);
    assert.deepEqual(run.output, { branch: null });
  });
});

void describe('§5.6 DECISION (deprecated, still runs)', () => {
  void it('routes by caseValueParam with output caseOutput, and by a caseExpression script', async () => {
    const run = await runToEnd(h, 'st_decision', { kind: 'a', amount: 250 });
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(refsOf(run), ['legacy_route', 'mark_a', 'legacy_expression', 'mark_large']);
    assert.deepEqual(taskOf(run, 'legacy_route').outputData, { caseOutput: ['a'] });
    assert.deepEqual(taskOf(run, 'legacy_expression').outputData, { caseOutput: ['large'] });
    assert.deepEqual(run.output, { branch: 'a', size: 'large' });
  });

  void it('falls back to the default case for an empty case list, unlike SWITCH', async () => {
    const run = await runToEnd(h, 'st_decision', { kind: 'skip', amount: 5 });
    assert.deepEqual(refsOf(run), ['legacy_route', 'mark_default', 'legacy_expression', 'mark_small']);
    assert.deepEqual(run.output, { branch: 'default', size: 'small' });
  });
});
