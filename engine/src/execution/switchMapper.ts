/**
 * SWITCH and DECISION (reference/conductor.md §5.6, SwitchTaskMapper, DecisionTaskMapper): the case is evaluated when
 * the task is scheduled, from its resolved input. SWITCH: `evaluatorType` value-param / javascript / graaljs, an
 * evaluation error fails the SWITCH, an unknown evaluator ends the workflow. DECISION: `caseExpression` (JavaScript)
 * wins over `caseValueParam`, and a script error ends the workflow. The task carries input `case` (+ `hasChildren`
 * when a branch runs) and output `evaluationResult`/`selectedCase` (SWITCH) or `caseOutput` (DECISION), and is
 * scheduled with the first task of the chosen branch.
 */
import type { WorkflowTask } from '../../../common/src/model';
import { javaToString } from '../expressions/resolve';
import { switchCaseValue } from '../scripts';
import type { TaskMapper } from './dynamicForkMapper';
import type { Aggregate, DecideEnv, TaskModel } from './model';
import { scriptRuntime } from './scriptRuntime';
import { TerminateWorkflowError } from './systemTask';
import { createTask } from './taskFactory';

type JsonMap = Record<string, unknown>;

/** A javascript/graaljs case, `$` = the task's resolved input; throws the script's error. */
function scriptCase(expression: string, input: JsonMap): string {
  const sandbox = scriptRuntime.sandbox;
  if (!sandbox) throw new Error('The script runtime of the local engine is not available; retry.');
  const result = switchCaseValue(sandbox, expression, input);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function switchCase(wfTask: WorkflowTask, input: JsonMap): string {
  const evaluator = wfTask.evaluatorType;
  if (evaluator === 'value-param') return javaToString(input[wfTask.expression ?? '']);
  if (evaluator === 'javascript' || evaluator === 'graaljs') return scriptCase(wfTask.expression ?? '', input);
  if (evaluator === 'python') {
    // GraalPy is not embedded in the local engine; failing the SWITCH says so clearly.
    throw new Error(`evaluatorType 'python' is not supported by this local engine; use javascript or value-param`);
  }
  throw new TerminateWorkflowError(`No evaluator registered for type: ${String(evaluator)}`);
}

function decisionCase(wfTask: WorkflowTask, input: JsonMap): string {
  const expression = wfTask.caseExpression;
  if (expression === undefined || expression.trim() === '') return javaToString(input[wfTask.caseValueParam ?? '']);
  try {
    return scriptCase(expression, input);
  } catch {
    throw new TerminateWorkflowError(`Error while evaluating script: ${expression}`);
  }
}

/** §5.6: the chosen case's tasks; SWITCH falls back to defaultCase only when no key matches, DECISION also on []. */
export function selectedBranch(wfTask: WorkflowTask, value: string): WorkflowTask[] {
  const cases = wfTask.decisionCases ?? {};
  const chosen = Object.prototype.hasOwnProperty.call(cases, value) ? cases[value] : undefined;
  if (chosen && (chosen.length > 0 || wfTask.type !== 'DECISION')) return chosen;
  return wfTask.defaultCase ?? [];
}

/** The SWITCH/DECISION task and the first task of its branch (just the failed SWITCH when evaluation failed). */
export function mapSwitch(
  aggregate: Aggregate,
  wfTask: WorkflowTask,
  env: DecideEnv,
  iteration: number,
  map: TaskMapper,
): TaskModel[] {
  const task = createTask(aggregate, wfTask, env, 'IN_PROGRESS', iteration);
  task.startTime = env.now;
  const isDecision = wfTask.type === 'DECISION';
  // §5.6 Switch/DecisionTaskMapper name the task after its type, not the definition task's name.
  task.taskDefName = isDecision ? 'DECISION' : 'SWITCH';
  let value: string;
  try {
    value = isDecision ? decisionCase(wfTask, task.inputData ?? {}) : switchCase(wfTask, task.inputData ?? {});
  } catch (error) {
    if (error instanceof TerminateWorkflowError) throw error;
    Object.assign(task, { status: 'FAILED', endTime: env.now });
    task.reasonForIncompletion = error instanceof Error ? error.message : String(error);
    return [task];
  }
  // SwitchTaskMapper keeps the resolved input beside `case`; DecisionTaskMapper's task holds only `case` (+ hasChildren).
  task.inputData = isDecision ? { case: value } : { ...task.inputData, case: value };
  task.outputData = isDecision ? { caseOutput: [value] } : { evaluationResult: [value], selectedCase: value };
  const first = selectedBranch(wfTask, value)[0];
  if (!first) return [task];
  task.inputData['hasChildren'] = 'true';
  return [task, ...map({ ...aggregate, tasks: [...aggregate.tasks, task] }, first, env, iteration)];
}
