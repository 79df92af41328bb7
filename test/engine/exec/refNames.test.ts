import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './engineHarness';

/**
 * References that end in `__<digits>` outside DO_WHILE loops (reference/conductor.md §4.1, §5.2): Conductor strips
 * the loop suffix only from tasks inside a loop (`isLoopOverTask`), so such a task is found by its full name — for
 * the next task of the graph, for `${ref…}` expressions and for the JOIN of a dynamic fork.
 */

interface Run {
  status: string;
  tasks: { referenceTaskName: string; status: string; inputData: Record<string, unknown> }[];
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

async function run(name: string, tasks: unknown[], input: Record<string, unknown> = {}): Promise<Run> {
  const started = await h.call('POST', '/api/workflow', { name, input, workflowDef: { name, tasks } });
  assert.equal(started.status, 200, started.text);
  return (await h.call('GET', `/api/workflow/${started.text}`)).json as Run;
}

const inline = (ref: string, expression: string, extra: Record<string, unknown> = {}) => ({
  name: ref,
  taskReferenceName: ref,
  type: 'INLINE',
  inputParameters: { evaluatorType: 'javascript', expression, ...extra },
});

void describe('§4.1/§5.2 references ending in __N outside loops', () => {
  void it('schedules the task after `step__1` and resolves ${step__1.output…}', async () => {
    const result = await run('refs_step', [
      inline('step__1', '7'),
      inline('use', '$.v * 2', { v: '${step__1.output.result}' }),
    ]);
    assert.equal(result.status, 'COMPLETED');
    assert.deepEqual(
      result.tasks.map((t) => t.referenceTaskName),
      ['step__1', 'use'],
    );
    assert.equal(result.tasks[1]?.inputData['v'], 7);
  });

  void it('joins dynamically forked tasks whose references end in __N', async () => {
    const dynamicTasks = [inline('work__0', '1'), inline('work__1', '2')];
    const tasks = [
      {
        name: 'fan',
        taskReferenceName: 'fan',
        type: 'FORK_JOIN_DYNAMIC',
        dynamicForkTasksParam: 'dynamicTasks',
        dynamicForkTasksInputParamName: 'dynamicTasksInput',
        inputParameters: { dynamicTasks: '${workflow.input.dynamicTasks}', dynamicTasksInput: {} },
      },
      { name: 'fan_join', taskReferenceName: 'fan_join', type: 'JOIN' },
    ];
    const result = await run('refs_fork', tasks, { dynamicTasks });
    assert.equal(result.status, 'COMPLETED');
  });
});
