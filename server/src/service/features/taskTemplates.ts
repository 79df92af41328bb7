/**
 * Per-type task templates with the fields each type needs filled in (reference §1.11, §2.3), used by the
 * task snippets. `ref(stem)` supplies a unique reference name at completion time.
 */
import { tabStop } from './snippetText';

/** Supplies unique reference names for one snippet expansion. */
export type RefMaker = (stem: string) => string;

type Template = (ref: RefMaker) => unknown[];

const task = (type: string, name: string, ref: RefMaker, extra: Record<string, unknown> = {}): unknown => ({
  name: tabStop(1, name),
  taskReferenceName: tabStop(2, ref(name)),
  type,
  ...extra,
});

const worker = (ref: RefMaker): unknown => ({
  name: 'worker_task',
  taskReferenceName: ref('worker_task'),
  type: 'SIMPLE',
});

/** Templates keyed by task type; a FORK_JOIN comes with its JOIN because Conductor needs one right after it (§5.7). */
export const taskTemplates: Readonly<Record<string, Template>> = {
  SIMPLE: (ref) => [task('SIMPLE', 'my_worker_task', ref, { inputParameters: {} })],
  HTTP: (ref) => [
    task('HTTP', 'http_call', ref, {
      inputParameters: { http_request: { uri: tabStop(3, 'http://localhost:8080/api'), method: 'GET' } },
    }),
  ],
  INLINE: (ref) => [
    task('INLINE', 'inline_script', ref, {
      inputParameters: {
        evaluatorType: 'graaljs',
        value: '${workflow.input.value}',
        expression: '(function () { return $.value; })()',
      },
    }),
  ],
  JSON_JQ_TRANSFORM: (ref) => [
    task('JSON_JQ_TRANSFORM', 'jq_transform', ref, {
      inputParameters: { data: '${workflow.input}', queryExpression: '.data' },
    }),
  ],
  SWITCH: (ref) => [
    task('SWITCH', 'switch_on_value', ref, {
      evaluatorType: 'value-param',
      expression: 'switchCaseValue',
      inputParameters: { switchCaseValue: '${workflow.input.value}' },
      decisionCases: { [tabStop(3, 'case_a')]: [worker(ref)] },
      defaultCase: [],
    }),
  ],
  DO_WHILE: (ref) => {
    const loopRef = ref('loop');
    return [
      {
        name: tabStop(1, 'loop'),
        taskReferenceName: tabStop(2, loopRef),
        type: 'DO_WHILE',
        inputParameters: { maxIterations: 3 },
        loopCondition: `if ($.${loopRef}['iteration'] < $.maxIterations) { true; } else { false; }`,
        loopOver: [worker(ref)],
      },
    ];
  },
  FORK_JOIN: (ref) => {
    const branches = [worker(ref), worker(ref)] as { taskReferenceName: string }[];
    const fork = task('FORK_JOIN', 'fork', ref, { forkTasks: branches.map((branch) => [branch]) });
    return [
      fork,
      { name: 'join', taskReferenceName: ref('join'), type: 'JOIN', joinOn: branches.map((b) => b.taskReferenceName) },
    ];
  },
  FORK_JOIN_DYNAMIC: (ref) => [
    task('FORK_JOIN_DYNAMIC', 'dynamic_fork', ref, {
      inputParameters: { forkTaskName: 'worker_task', forkTaskInputs: '${workflow.input.items}' },
    }),
    { name: 'dynamic_join', taskReferenceName: ref('dynamic_join'), type: 'JOIN' },
  ],
  JOIN: (ref) => [task('JOIN', 'join', ref, { joinOn: [] })],
  EXCLUSIVE_JOIN: (ref) => [
    task('EXCLUSIVE_JOIN', 'exclusive_join', ref, { joinOn: [], defaultExclusiveJoinTask: [] }),
  ],
  SUB_WORKFLOW: (ref) => [
    task('SUB_WORKFLOW', 'sub_workflow', ref, {
      subWorkflowParam: { name: tabStop(3, 'child_workflow'), version: 1 },
      inputParameters: {},
    }),
  ],
  START_WORKFLOW: (ref) => [
    task('START_WORKFLOW', 'start_workflow', ref, {
      inputParameters: { startWorkflow: { name: tabStop(3, 'other_workflow'), version: 1, input: {} } },
    }),
  ],
  DYNAMIC: (ref) => [
    task('DYNAMIC', 'dynamic_task', ref, {
      dynamicTaskNameParam: 'taskToExecute',
      inputParameters: { taskToExecute: '${workflow.input.taskName}' },
    }),
  ],
  EVENT: (ref) => [task('EVENT', 'publish_event', ref, { sink: tabStop(3, 'conductor') })],
  WAIT: (ref) => [task('WAIT', 'wait', ref, { inputParameters: { duration: tabStop(3, '10s') } })],
  HUMAN: (ref) => [task('HUMAN', 'human_review', ref, { inputParameters: {} })],
  TERMINATE: (ref) => [
    task('TERMINATE', 'terminate', ref, {
      inputParameters: { terminationStatus: 'COMPLETED', terminationReason: '', workflowOutput: {} },
    }),
  ],
  SET_VARIABLE: (ref) => [task('SET_VARIABLE', 'set_variable', ref, { inputParameters: { [tabStop(3, 'name')]: '' } })],
  NOOP: (ref) => [task('NOOP', 'noop', ref)],
  KAFKA_PUBLISH: (ref) => [
    task('KAFKA_PUBLISH', 'kafka_publish', ref, {
      inputParameters: { kafka_request: { bootStrapServers: 'localhost:9092', topic: tabStop(3, 'topic'), value: '' } },
    }),
  ],
};
