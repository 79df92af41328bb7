/** `analyzeWorkflow` expressions: where Conductor resolves `${…}` and which task's context resolves it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectExpressionUses } from '../../../server/src/service/model/expressionUses';
import { walkTasks } from '../../../server/src/service/model/taskWalker';
import { analyzeWorkflow } from '../../../server/src/service/model/workflowModel';

const workflow = {
  name: 'w',
  tasks: [
    {
      name: 'a',
      taskReferenceName: 'a',
      inputParameters: { x: '${workflow.input.x}', list: ['${a.output.y} and $${escaped}'], n: 3 },
      taskDefinition: { name: 'a', inputTemplate: { t: '${workflow.variables.v}' } },
    },
    {
      name: 'child',
      taskReferenceName: 'child',
      type: 'SUB_WORKFLOW',
      subWorkflowParam: {
        name: '${a.output.flow}',
        workflowDefinition: { tasks: [{ inputParameters: { z: '${nope}' } }] },
      },
    },
    {
      name: 'sw',
      taskReferenceName: 'sw',
      type: 'SWITCH',
      decisionCases: {
        k: [{ name: 'b', taskReferenceName: 'b', inputParameters: { q: '${workflow.input.${workflow.input.key}}' } }],
      },
    },
  ],
  outputParameters: { out: '${b.output.r}' },
};

const allUses = () => collectExpressionUses(workflow, walkTasks(workflow));

void test('collects inputs at any depth, subWorkflowParam, inline inputTemplate and outputParameters', () => {
  const uses = allUses();
  assert.deepEqual(
    uses.map((u) => [u.path.join('/'), u.body, u.task?.ref, u.registrationChecked, u.key]),
    [
      ['tasks/0/inputParameters/x', 'workflow.input.x', 'a', true, 'x'],
      ['tasks/0/inputParameters/list/0', 'a.output.y', 'a', true, 'list'],
      ['tasks/0/taskDefinition/inputTemplate/t', 'workflow.variables.v', 'a', false, 't'],
      ['tasks/1/subWorkflowParam/name', 'a.output.flow', 'child', false, 'name'],
      ['tasks/2/decisionCases/k/0/inputParameters/q', 'workflow.input.${workflow.input.key}', 'b', false, 'q'],
      ['tasks/2/decisionCases/k/0/inputParameters/q', 'workflow.input.key', 'b', false, 'q'],
      ['outputParameters/out', 'b.output.r', undefined, false, 'out'],
    ],
  );
});

void test('a nested body keeps only the segments before the inner expression', () => {
  const nested = allUses().find((u) => u.hasNested);
  assert.deepEqual(
    nested?.segments.map((s) => s.name),
    ['workflow', 'input'],
  );
  assert.equal(nested?.error, undefined);
});

void test('the analysis keeps only expressions a rule may report: here the self-reference and the nested one', () => {
  assert.deepEqual(
    analyzeWorkflow(workflow).expressions.map((u) => u.body),
    ['a.output.y', 'workflow.input.${workflow.input.key}'],
  );
});

void test('the analysis is computed once per parsed value', () => {
  assert.equal(analyzeWorkflow(workflow), analyzeWorkflow(workflow));
  assert.notEqual(analyzeWorkflow(structuredClone(workflow)), analyzeWorkflow(workflow));
});

void test('a segment that runs into a nested expression is not known yet and is dropped', () => {
  const value = {
    tasks: [
      { name: 'a', taskReferenceName: 'task_1' },
      {
        name: 'b',
        taskReferenceName: 'b',
        inputParameters: { x: '${task_${workflow.input.n}.output}', y: '${workflow.input.pre_${workflow.input.k}}' },
      },
    ],
  };
  const nested = collectExpressionUses(value, walkTasks(value)).filter((u) => u.hasNested);
  assert.deepEqual(
    nested.map((u) => u.segments.map((s) => s.name)),
    [[], ['workflow', 'input']],
  );
});

void test('a repeated string is judged per referring task: only reachability is shared (§4.1, §5.6)', () => {
  const task = (ref: string, inputs: Record<string, string> = {}) => ({
    name: ref,
    taskReferenceName: ref,
    inputParameters: inputs,
  });
  const value = {
    name: 'w',
    inputParameters: ['x'],
    tasks: [
      task('early', { p: '${late.output.r}', w: '${workflow.input.x}', u: '${workflow.input.y}' }),
      task('late', { p: '${late.output.r}', w: '${workflow.input.x}' }),
      task('after', { p: '${late.output.r}', w: '${workflow.input.x}', u: '${workflow.input.y}' }),
    ],
  };
  assert.deepEqual(
    analyzeWorkflow(value).expressions.map((u) => [u.task?.ref, u.body]),
    [
      ['early', 'late.output.r'],
      ['early', 'workflow.input.y'],
      ['late', 'late.output.r'],
      ['after', 'workflow.input.y'],
    ],
  );
});
