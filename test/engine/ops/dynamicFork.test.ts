import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(
    h,
    fixture('dynamic_fork_list.workflow.json'),
    fixture('dynamic_fork_tasks.workflow.json'),
    fixture('dynamic_fork_workflows.workflow.json'),
    fixture('child_echo.workflow.json'),
    fixture('fork_in_loop.workflow.json'),
    fixture('dynamic_fork_legacy.workflow.json'),
  );
});
after(() => h.close());

void describe('§5.7 FORK_JOIN_DYNAMIC', () => {
  void it('list form: one branch per forkTaskInputs element, refs _<name>_<i>, __index, JOIN on the created refs', async () => {
    const id = await start(h, 'ops_dynamic_fork_list', { items: [{ a: 1 }, 'x'] });
    let run = await read(h, id);
    const fork = taskOf(run, 'fan_out');
    assert.equal(fork.taskType, 'FORK');
    assert.equal(fork.status, 'COMPLETED');
    assert.deepEqual(fork.inputData['forkedTasks'], ['_process_item_0', '_process_item_1']);
    assert.deepEqual(taskOf(run, '_process_item_0').inputData, { a: 1, __index: 0 });
    assert.deepEqual(taskOf(run, '_process_item_1').inputData, { input: 'x', __index: 1 });
    assert.equal(taskOf(run, '_process_item_0').taskType, 'process_item');
    assert.deepEqual(taskOf(run, 'fan_in').inputData['joinOn'], ['_process_item_0', '_process_item_1']);
    await finish(h, id, '_process_item_1', 'COMPLETED', { r: 1 });
    assert.equal(taskOf(await read(h, id), 'fan_in').status, 'IN_PROGRESS');
    await finish(h, id, '_process_item_0', 'COMPLETED', { r: 0 });
    run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskOf(run, 'fan_in').outputData, { _process_item_0: { r: 0 }, _process_item_1: { r: 1 } });
    assert.deepEqual(taskOf(run, 'after').outputData, { result: 'joined' });
  });

  void it('an empty forkTaskInputs list forks nothing and the JOIN completes at once', async () => {
    const run = await read(h, await start(h, 'ops_dynamic_fork_list', { items: [] }));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskOf(run, 'fan_in').inputData['joinOn'], []);
    assert.deepEqual(taskOf(run, 'fan_in').outputData, {});
  });

  void it('tasks + input map form: any task type, the definition joinOn is replaced by the forked refs', async () => {
    const tasks = [
      { name: 'worker_a', taskReferenceName: 'a', type: 'SIMPLE' },
      { name: 'double', taskReferenceName: 'b', type: 'INLINE', inputParameters: { evaluatorType: 'javascript' } },
    ];
    const inputs = { a: { x: 1 }, b: { expression: '$.v * 2', v: 21 } };
    const id = await start(h, 'ops_dynamic_fork_tasks', { tasks, inputs });
    let run = await read(h, id);
    assert.deepEqual(taskOf(run, 'fan_in').inputData['joinOn'], ['a', 'b']);
    assert.deepEqual(taskOf(run, 'a').inputData, { x: 1 });
    assert.equal(taskOf(run, 'b').status, 'COMPLETED');
    await finish(h, id, 'a', 'COMPLETED', { done: true });
    run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(taskOf(run, 'fan_in').outputData, { a: { done: true }, b: { result: 42 } });
  });

  void it('forkTaskWorkflow form: one SUB_WORKFLOW per element, joined on the children outputs', async () => {
    const id = await start(h, 'ops_dynamic_fork_workflows');
    const run = await read(h, id);
    assert.equal(run.status, 'COMPLETED');
    const first = taskOf(run, '_fan_out_0');
    assert.equal(first.taskType, 'SUB_WORKFLOW');
    const join = taskOf(run, 'fan_in').outputData as Record<string, Record<string, unknown>>;
    assert.deepEqual(join['_fan_out_0'], { n: 1, index: 0, subWorkflowId: first.subWorkflowId });
    assert.equal(join['_fan_out_1']?.['n'], 2);
  });

  void it("fails with Conductor's reasons: not a list, input not a map, duplicate refs", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { tasks: 'oops', inputs: {} },
        /^Input 'dynamicTasks' is invalid. Cannot deserialize a list of Workflow Tasks from 'oops'$/,
      ],
      [
        { tasks: [{ name: 'w', taskReferenceName: 'a' }], inputs: 'nope' },
        /^Input to the dynamically forked tasks is not a map -> expecting a map of K,V {2}but found nope$/,
      ],
      [
        {
          tasks: [
            { name: 'w', taskReferenceName: 'a' },
            { name: 'w', taskReferenceName: 'a' },
          ],
          inputs: {},
        },
        /^No dynamic tasks could be created for the Workflow: ops_dynamic_fork_tasks\.1\/\S+, Dynamic Fork Task: w\/a attempted to create a duplicate task reference name: a$/,
      ],
    ];
    for (const [input, reason] of cases) {
      const run = await read(h, await start(h, 'ops_dynamic_fork_tasks', input));
      assert.equal(run.status, 'FAILED');
      assert.match(run.reasonForIncompletion ?? '', reason);
    }
  });

  void it('inside a DO_WHILE: branch refs get __N, a second dynamic fork prefixes its ref, JOIN waits per iteration', async () => {
    const run = await read(h, await start(h, 'ops_fork_in_loop'));
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(
      run.tasks.map((t) => t.referenceTaskName),
      ['loop', 'fan_out__1', '_INLINE_0__1', 'fan_in__1', 'fan_out__2', '_fan_out_INLINE_0__2', 'fan_in__2'],
    );
    assert.deepEqual(taskOf(run, 'fan_in__2').outputData, { _fan_out_INLINE_0__2: { result: 1 } });
  });

  void it('legacy dynamicForkJoinTasksParam form: {dynamicTasks: [{taskName, referenceName, type, input}]}', async () => {
    const list = {
      dynamicTasks: [{ taskName: 'legacy_worker', referenceName: 'l0', type: 'SIMPLE', input: { k: 1 } }],
    };
    const id = await start(h, 'ops_dynamic_fork_legacy', { list });
    assert.deepEqual(taskOf(await read(h, id), 'l0').inputData, { k: 1 });
    await finish(h, id, 'l0', 'COMPLETED', { ok: 1 });
    assert.equal((await read(h, id)).status, 'COMPLETED');
    const bad = await read(h, await start(h, 'ops_dynamic_fork_legacy', { list: 5 }));
    assert.match(
      bad.reasonForIncompletion ?? '',
      /^Dynamic tasks could not be created\. The value of dynamicTasks from task's input \{dynamicTasks=5\} has no dynamic tasks to be scheduled$/,
    );
  });
});
