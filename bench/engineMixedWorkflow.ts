/**
 * The mixed workflow of `bench/engine.ts` part 4: INLINE, SWITCH, FORK/JOIN and a 10-iteration DO_WHILE, all system
 * tasks, so each start runs to COMPLETED inside its request. Built twice: with `javascript` INLINE tasks (sandboxed
 * scripts) and with `value-param` INLINE tasks that return the same input value without a script, so the difference
 * between the two, divided by the INLINE count, is the per-task cost of the sandbox (same run, same shape).
 * Each comes in two forms: `shared`, as users write them (read-only scripts, which share one sandbox context), and
 * `fresh`, every script ending in a comment, which the sandbox's read-only screen refuses: each evaluation then gets
 * a fresh context, as every one did before the shared context (engine/src/scripts/readOnlyScript.ts), so one run
 * measures both.
 */

/** The two variants: the scripted one and its script-free twin. */
export type InlineEvaluator = 'javascript' | 'value-param';

/** How the sandbox runs the scripts: in the shared read-only context, or each in a fresh one. */
export type Contexts = 'shared' | 'fresh';

/** Makes a script look possibly-changing to the read-only screen without changing what it does. */
export const FRESH_MARK = ' /* fresh context */';

/** DO_WHILE iterations per run. */
export const ITERATIONS = 10;

/** INLINE tasks per run: `prep`, one per fork lane, one per loop iteration. */
export const INLINE_PER_RUN = 1 + 2 + ITERATIONS;

/** Tasks per run: prep, SWITCH, FORK, 2 × (INLINE + NOOP), JOIN, DO_WHILE, then INLINE + NOOP per iteration. */
export const TASKS_PER_RUN = 9 + 2 * ITERATIONS;

/** An INLINE task answering `value` either through a script (`$.v`) or through value-param (`v`). */
function inline(ref: string, evaluator: InlineEvaluator, value: unknown, mark: string) {
  const expression = evaluator === 'javascript' ? `$.v${mark}` : 'v';
  return {
    name: ref,
    taskReferenceName: ref,
    type: 'INLINE',
    inputParameters: { evaluatorType: evaluator, expression, v: value },
  };
}

const noop = (ref: string) => ({ name: ref, taskReferenceName: ref, type: 'NOOP' });

/** The workflow definition named `bench_mixed_<evaluator>_<contexts>`. */
export function mixedWorkflow(evaluator: InlineEvaluator, contexts: Contexts) {
  const name = `bench_mixed_${evaluator.replace('-', '_')}_${contexts}`;
  const mark = contexts === 'fresh' ? FRESH_MARK : '';
  const lanes = [
    [inline('lane_a', evaluator, '${prep.output.result}', mark), noop('lane_a_done')],
    [inline('lane_b', evaluator, '${workflow.input.x}', mark), noop('lane_b_done')],
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
    loopCondition: `$.repeat['iteration'] < $.max${mark}`,
    loopOver: [inline('step', evaluator, '${repeat.output.iteration}', mark), noop('step_done')],
  };
  const tasks = [inline('prep', evaluator, 'fan', mark), route, loop];
  return {
    name,
    version: 1,
    schemaVersion: 2,
    ownerEmail: 'bench@example.com',
    tasks,
    outputParameters: { last: '${step.output.result}' },
  };
}
