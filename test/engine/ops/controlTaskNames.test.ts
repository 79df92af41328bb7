import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { read, start, startHarness, taskOf, type Harness } from './opsHarness';

/**
 * The runtime taskDefName of control-flow tasks (reference/conductor.md §5.6, §5.7): Conductor's Switch, Decision,
 * ForkJoin, Join and ExclusiveJoin mappers set it to the type, whatever the definition task is named.
 */

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const workflowDef = {
  name: 'ops_control_names',
  tasks: [
    {
      name: 'route_by_kind',
      taskReferenceName: 'route',
      type: 'SWITCH',
      evaluatorType: 'value-param',
      expression: 'kind',
      inputParameters: { kind: '${workflow.input.kind}' },
      decisionCases: { a: [{ name: 'noop_a', taskReferenceName: 'in_case', type: 'NOOP' }] },
    },
    {
      name: 'legacy_route',
      taskReferenceName: 'legacy',
      type: 'DECISION',
      caseValueParam: 'kind',
      inputParameters: { kind: '${workflow.input.kind}' },
      decisionCases: { a: [{ name: 'noop_b', taskReferenceName: 'in_legacy', type: 'NOOP' }] },
    },
    {
      name: 'split_work',
      taskReferenceName: 'split',
      type: 'FORK_JOIN',
      forkTasks: [
        [{ name: 'noop_c', taskReferenceName: 'left', type: 'NOOP' }],
        [{ name: 'noop_d', taskReferenceName: 'right', type: 'NOOP' }],
      ],
    },
    { name: 'wait_for_both', taskReferenceName: 'merge', type: 'JOIN', joinOn: ['left', 'right'] },
  ],
};

void describe('§5.6/§5.7 control-flow task names', () => {
  void it('SWITCH, DECISION, FORK and JOIN tasks carry their type as taskDefName', async () => {
    const id = await start(h, workflowDef.name, { kind: 'a' }, { workflowDef });
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    const names = (ref: string): string | undefined => (taskOf(run, ref) as { taskDefName?: string }).taskDefName;
    assert.equal(names('route'), 'SWITCH');
    assert.equal(names('legacy'), 'DECISION');
    assert.equal(names('split'), 'FORK');
    assert.equal(names('merge'), 'JOIN');
    assert.equal(names('in_case'), 'noop_a', 'other tasks keep the definition name');
  });
});
