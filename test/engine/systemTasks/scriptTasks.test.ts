/**
 * Script and jq tasks in one workflow over HTTP (reference/conductor.md §1.11 INLINE/JSON_JQ_TRANSFORM/SWITCH, §4.4,
 * §5.6): INLINE `value-param` (no script), a javascript SWITCH with its default case, a jq program given as input,
 * and the failure outputs: a jq error fails the task with `error` in its output, a script error is
 * FAILED_WITH_TERMINAL_ERROR with `error` too. The happy paths of each are in test/engine/exec/scriptedTasks.test.ts.
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

const order = { total: 150, items: [{ sku: 'A' }, { sku: 'B' }] };
const skus = '[.order.items[].sku]';

void describe('§1.11 INLINE value-param, SWITCH javascript, JSON_JQ_TRANSFORM', () => {
  void it('passes the named input through value-param, routes by script and reshapes with jq', async () => {
    const run = await runToEnd(h, 'st_scripts', { order, jq: skus });
    assert.equal(run.status, 'COMPLETED', run.reasonForIncompletion);
    assert.deepEqual(taskOf(run, 'pick').outputData, { result: order });
    assert.deepEqual(taskOf(run, 'size').outputData, { evaluationResult: ['large'], selectedCase: 'large' });
    assert.deepEqual(taskOf(run, 'reshape').outputData, { result: ['A', 'B'], resultList: [['A', 'B']] });
    assert.deepEqual(run.output, { size: 'large', skus: 'A+B' });
  });

  void it('takes the default case when the script answers a value with no case', async () => {
    const run = await runToEnd(h, 'st_scripts', { order: { ...order, total: 0 }, jq: skus });
    assert.deepEqual(refsOf(run).slice(0, 3), ['pick', 'size', 'mark_none']);
    assert.deepEqual(taskOf(run, 'size').outputData, { evaluationResult: ['empty'], selectedCase: 'empty' });
  });

  void it('fails a jq program that does not compile, with the error in the output and the reason', async () => {
    const run = await runToEnd(h, 'st_scripts', { order, jq: '[.order.items[' });
    assert.equal(run.status, 'FAILED');
    const reshape = taskOf(run, 'reshape');
    assert.equal(reshape.status, 'FAILED');
    assert.equal(typeof reshape.outputData?.['error'], 'string');
    assert.ok((reshape.reasonForIncompletion ?? '').length > 0);
  });

  void it('a script that throws is FAILED_WITH_TERMINAL_ERROR with its message in output.error', async () => {
    const run = await runToEnd(h, 'st_scripts', { order: { total: 5, items: [] }, jq: skus });
    assert.equal(run.status, 'FAILED');
    const check = taskOf(run, 'check');
    assert.equal(check.status, 'FAILED_WITH_TERMINAL_ERROR');
    assert.match(String(check.outputData?.['error']), /no skus/);
    assert.match(check.reasonForIncompletion ?? '', /no skus/);
  });
});
