/**
 * The mixed workflow of `bench/engine.ts` part 4: INLINE, SWITCH, FORK/JOIN and a 10-iteration DO_WHILE, all system
 * tasks, so each start runs to COMPLETED inside its request. Built twice: with `javascript` INLINE tasks (sandboxed
 * scripts) and with `value-param` INLINE tasks that return the same input value without a script, so the difference
 * between the two, divided by the INLINE count, is the per-task cost of the sandbox (same run, same shape).
 */

/** The two variants: the scripted one and its script-free twin. */
export type InlineEvaluator = 'javascript' | 'value-param';

/** DO_WHILE iterations per run. */
export const ITERATIONS = 10;

/** INLINE tasks per run: `prep`, one per fork lane, one per loop iteration. */
export const INLINE_PER_RUN = 1 + 2 + ITERATIONS;

/** Tasks per run: prep, SWITCH, FORK, 2 × (INLINE + NOOP), JOIN, DO_WHILE, then INLINE + NOOP per iteration. */
export const TASKS_PER_RUN = 9 + 2 * ITERATIONS;

/** An INLINE task answering `value` either through a script (`$.v`) or through value-param (`v`). */
function inline(ref: string, evaluator: InlineEvaluator, value: unknown) {
  const expression = evaluator === 'javascript' ? '$.v' : 'v';
  return {
    name: ref,
    taskReferenceName: ref,
    type: 'INLINE',
    inputParameters: { evaluatorType: evaluator, expression, v: value },
  };
}

const noop = (ref: string) => ({ name: ref, taskReferenceName: ref, type: 'NOOP' });

/** The workflow definition named `bench_mixed_<evaluator>`. */
export function mixedWorkflow(evaluator: InlineEvaluator) {
  const name = `bench_mixed_${evaluator.replace('-', '_')}`;
  const lanes = [
    [inline('lane_a', evaluator, '${prep.output.result}'), noop('lane_a_done')],
    [inline('lane_b', evaluator, '${workflow.input.x}'), noop('lane_b_done')],
  ];
  const route = {
    name: 'route',
    taskReferenceName: 'route',
    type: 'SWITCH',
    evaluatorType: 'value-param',
    expression: 'kind',
    inputParameters: { kind: '${prep.output.result}' },
    decisionCases: {
      fan: [
        { name: 'fan', taskReferenceName: 'fan', type: 'FORK_JOIN', forkTasks: lanes },
        { name: 'fan_join', taskReferenceName: 'fan_join', type: 'JOIN', joinOn: ['lane_a_done', 'lane_b_done'] },
      ],
    },
  };
  const loop = {
    name: 'repeat',
    taskReferenceName: 'repeat',
    type: 'DO_WHILE',
    inputParameters: { max: ITERATIONS },
    loopCondition: "$.repeat['iteration'] < $.max",
    loopOver: [inline('step', evaluator, '${repeat.output.iteration}'), noop('step_done')],
  };
  const tasks = [inline('prep', evaluator, 'fan'), route, loop];
  return {
    name,
    version: 1,
    schemaVersion: 2,
    ownerEmail: 'bench@example.com',
    tasks,
    outputParameters: { last: '${step.output.result}' },
  };
}
