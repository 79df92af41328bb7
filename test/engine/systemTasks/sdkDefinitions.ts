/**
 * Definitions for test/engine/sdk-systemTasks.test.ts, built with the JS SDK's own builders as SDK users write them
 * (the SDK's `forkTask` puts all its tasks in one lane, so the two lanes are set explicitly).
 */
import {
  forkTask,
  inlineTask,
  joinTask,
  newLoopTask,
  simpleTask,
  subWorkflowTask,
  switchTask,
  workflow,
} from '@io-orkes/conductor-javascript';

/** The child: a SIMPLE charge and an INLINE receipt built from its output. */
export const child = workflow('sdk_child', [
  simpleTask('charge', 'sdk_charge', { amount: '${workflow.input.amount}' }),
  {
    ...inlineTask('receipt', '"R-" + $.id', 'graaljs'),
    inputParameters: { evaluatorType: 'graaljs', expression: '"R-" + $.id', id: '${charge.output.id}' },
  },
]);
child.outputParameters = { receipt: '${receipt.output.result}' };

/** The parent: INLINE, SWITCH(go → FORK[SIMPLE | SUB_WORKFLOW] + JOIN), then a three-round DO_WHILE. */
export const parent = workflow('sdk_parent', [
  {
    ...inlineTask('double', '$.n * 2'),
    inputParameters: { evaluatorType: 'javascript', expression: '$.n * 2', n: '${workflow.input.n}' },
  },
  switchTask('route', '${workflow.input.kind}', {
    go: [
      {
        ...forkTask('split', []),
        forkTasks: [
          [simpleTask('lane', 'sdk_lane', {})],
          [{ ...subWorkflowTask('pay', 'sdk_child', 1), inputParameters: { amount: '${double.output.result}' } }],
        ],
      },
      joinTask('split_join', ['lane', 'pay']),
    ],
  }),
  newLoopTask('repeat', 3, [simpleTask('step', 'sdk_step', { i: '${repeat.output.iteration}' })]),
]);
parent.outputParameters = {
  doubled: '${double.output.result}',
  receipt: '${pay.output.receipt}',
  lastStep: '${step.output.i}',
};
