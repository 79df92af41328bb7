import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('decision.workflow.json'), fixture('decision_expression.workflow.json'));
});
after(() => h.close());

const refsOf = async (input: Record<string, unknown>): Promise<{ refs: string[]; caseOutput: unknown }> => {
  const run = await read(h, await start(h, 'ops_decision', input));
  assert.equal(run.status, 'COMPLETED');
  return { refs: run.tasks.map((t) => t.referenceTaskName), caseOutput: taskOf(run, 'decide_kind').outputData };
};

void describe('§5.6 DECISION (deprecated) runs like a value-param SWITCH on caseValueParam', () => {
  void it('takes the matching case and reports caseOutput', async () => {
    const { refs, caseOutput } = await refsOf({ kind: 'fast' });
    assert.deepEqual(refs, ['decide_kind', 'fast_path']);
    assert.deepEqual(caseOutput, { caseOutput: ['fast'] });
    // DecisionTaskMapper's task input is only the case (and hasChildren), not the resolved inputParameters.
    const run = await read(h, await start(h, 'ops_decision', { kind: 'fast' }));
    assert.deepEqual(taskOf(run, 'decide_kind').inputData, { case: 'fast', hasChildren: 'true' });
  });

  void it('falls back to defaultCase on an empty case list (unlike SWITCH) and on a missing value ("null")', async () => {
    assert.deepEqual((await refsOf({ kind: 'slow' })).refs, ['decide_kind', 'fallback']);
    const missing = await refsOf({});
    assert.deepEqual(missing.refs, ['decide_kind', 'fallback']);
    assert.deepEqual(missing.caseOutput, { caseOutput: ['null'] });
  });

  void it("caseExpression wins over caseValueParam; a script error ends the workflow with Conductor's reason", async () => {
    const run = await read(h, await start(h, 'ops_decision_expression', { kind: 'fast' }));
    assert.deepEqual(
      run.tasks.map((t) => t.referenceTaskName),
      ['decide_kind', 'fast_path'],
    );
    assert.equal(taskOf(run, 'decide_kind').inputData['hasChildren'], 'true');
    const failed = await read(h, await start(h, 'ops_decision_expression', { kind: 'explode' }));
    assert.equal(failed.status, 'FAILED');
    assert.equal(
      failed.reasonForIncompletion,
      "Error while evaluating script: $.kind == 'explode' ? $.missing.deeper : $.kind.toUpperCase()",
    );
  });
});
