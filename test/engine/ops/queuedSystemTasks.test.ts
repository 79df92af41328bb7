/**
 * Queued system tasks (HTTP, START_WORKFLOW) go to their `_system:<type>` queue at their run's priority, as
 * Conductor's `addTaskToQueue` queues every task (reference/conductor.md §5.2), so a high-priority run's HTTP call or
 * workflow start is not overtaken by a low-priority backlog.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../../../engine/src/execution/tasks';
import { systemQueue } from '../../../engine/src/execution/asyncTaskWorker';
import { newEffects, type Aggregate, type DecideEnv, type TaskModel } from '../../../engine/src/execution/model';
import { systemTaskHandler } from '../../../engine/src/execution/systemTask';

void describe('§5.2 queued system tasks', () => {
  for (const type of ['HTTP', 'START_WORKFLOW']) {
    void it(`${type} is queued on ${systemQueue(type)} at its run's priority`, () => {
      const handler = systemTaskHandler(type);
      assert.ok(handler, `${type} is registered`);
      const effects = newEffects();
      const task = { taskId: `${type}-1`, taskType: type, workflowPriority: 7 } as TaskModel;
      const context = { aggregate: {} as Aggregate, env: { now: 1_000 } as DecideEnv, effects };
      handler.start?.(task, context);
      assert.deepEqual(effects.enqueue, [
        { queueName: systemQueue(type), taskId: `${type}-1`, visibleAt: 1_000, priority: 7 },
      ]);
      assert.equal(handler.execute(task, context), false, 'the worker, not the decider, runs it');
    });
  }
});
