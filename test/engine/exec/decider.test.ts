import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { retryDelaySeconds } from '../../../engine/src/execution/retry';
import { chooseDomain } from '../../../engine/src/execution/queueNames';
import { run, simpleDef } from './deciderHarness';

void describe('§5.2 scheduling and completion', () => {
  void it('schedules the first task, then the next, and completes with the last output', () => {
    const r = run(simpleDef('seq', ['a', 'b']));
    assert.equal(r.task('a').status, 'SCHEDULED');
    assert.equal(r.last?.enqueue[0]?.queueName, 'a');
    r.finish('a', 'COMPLETED', { x: 1 });
    assert.equal(r.task('b').status, 'SCHEDULED');
    r.finish('b', 'COMPLETED', { y: 2 });
    assert.equal(r.aggregate.workflow.status, 'COMPLETED');
    assert.deepEqual(r.aggregate.workflow.output, { y: 2 });
  });
  void it('resolves outputParameters at completion (§4.3)', () => {
    const r = run(simpleDef('out', ['a'], { outputParameters: { v: '${a.output.x}', w: '${workflow.input.w}' } }), {
      w: 5,
    });
    r.finish('a', 'COMPLETED', { x: 'done' });
    assert.deepEqual(r.aggregate.workflow.output, { v: 'done', w: 5 });
  });
  void it('queues a startDelay task with a delayed visibility', () => {
    const def = simpleDef('delay', ['a']);
    def.tasks[0] = { ...def.tasks[0]!, startDelay: 7 };
    const r = run(def);
    assert.equal(r.last?.enqueue[0]?.visibleAt, r.now + 7000);
  });
});

void describe('§5.3 retries', () => {
  void it('computes FIXED, LINEAR_BACKOFF and EXPONENTIAL_BACKOFF delays with maxRetryDelaySeconds', () => {
    assert.equal(retryDelaySeconds({ name: 'x', retryDelaySeconds: 5 }, 3), 5);
    assert.equal(
      retryDelaySeconds({ name: 'x', retryDelaySeconds: 5, retryLogic: 'LINEAR_BACKOFF', backoffScaleFactor: 2 }, 2),
      30,
    );
    assert.equal(retryDelaySeconds({ name: 'x', retryDelaySeconds: 5, retryLogic: 'EXPONENTIAL_BACKOFF' }, 3), 40);
    const capped = {
      name: 'x',
      retryDelaySeconds: 5,
      retryLogic: 'EXPONENTIAL_BACKOFF' as const,
      maxRetryDelaySeconds: 12,
    };
    assert.equal(retryDelaySeconds(capped, 3), 12);
    assert.equal(retryDelaySeconds(undefined, 3), 0);
  });
  void it("retries with a new attempt, then fails the workflow with Conductor's reason", () => {
    const r = run(simpleDef('retry', ['a']), {}, [{ name: 'a', retryCount: 1, retryDelaySeconds: 2 }]);
    const first = r.task('a');
    r.finish('a', 'FAILED', {}, 'boom');
    const second = r.task('a');
    assert.notEqual(second.taskId, first.taskId);
    assert.equal(first.retried, true);
    assert.equal(second.retryCount, 1);
    assert.equal(second.retriedTaskId, first.taskId);
    assert.equal(r.last?.enqueue[0]?.visibleAt, r.now + 2000);
    r.finish('a', 'FAILED', {}, 'boom again');
    assert.equal(r.aggregate.workflow.status, 'FAILED');
    assert.equal(
      r.aggregate.workflow.reasonForIncompletion,
      `Task ${second.taskId} failed with status: FAILED and reason: 'boom again'`,
    );
    assert.deepEqual(r.aggregate.workflow.failedReferenceTaskNames, ['a']);
  });
  void it('does not retry FAILED_WITH_TERMINAL_ERROR and maps TIMED_OUT to a TIMED_OUT workflow', () => {
    const r = run(simpleDef('terminal', ['a']), {}, [{ name: 'a', retryCount: 3 }]);
    r.finish('a', 'FAILED_WITH_TERMINAL_ERROR', {}, 'fatal');
    assert.equal(r.aggregate.workflow.status, 'FAILED');
    const t = run(simpleDef('timedout', ['a']), {}, [{ name: 'a', retryCount: 0 }]);
    t.finish('a', 'TIMED_OUT');
    assert.equal(t.aggregate.workflow.status, 'TIMED_OUT');
  });
  void it('turns an exhausted optional task into COMPLETED_WITH_ERRORS and continues', () => {
    const def = simpleDef('optional', ['a', 'b']);
    def.tasks[0] = { ...def.tasks[0]!, optional: true, retryCount: 0 };
    const r = run(def);
    r.finish('a', 'FAILED', {}, 'meh');
    assert.equal(r.task('a').status, 'COMPLETED_WITH_ERRORS');
    assert.equal(r.task('b').status, 'SCHEDULED');
  });
  void it('uses ad-hoc TaskDef defaults for unregistered SIMPLE tasks (§0.3: 3 retries after 60 s)', () => {
    const r = run(simpleDef('adhoc', ['a']));
    r.finish('a', 'FAILED');
    assert.equal(r.task('a').retryCount, 1);
    assert.equal(r.last?.enqueue[0]?.visibleAt, r.now + 60_000);
  });
});

void describe('§5.4 timeouts', () => {
  void it('times out an IN_PROGRESS task after responseTimeoutSeconds and retries it', () => {
    const r = run(simpleDef('resp', ['a']), {}, [
      { name: 'a', responseTimeoutSeconds: 5, retryCount: 1, retryDelaySeconds: 0 },
    ]);
    const task = r.task('a');
    Object.assign(task, { status: 'IN_PROGRESS', startTime: r.now, updateTime: r.now });
    assert.equal(r.decide().wakeAt, r.now + 5000);
    r.now += 5000;
    r.decide();
    assert.equal(task.status, 'TIMED_OUT');
    assert.match(task.reasonForIncompletion ?? '', /^responseTimeout: 5 exceeded for the taskId: /);
    assert.equal(r.task('a').status, 'SCHEDULED');
  });
  void it('counts a poll timeout from scheduledTime + startDelay, due after pollTimeout + callbackAfterSeconds', () => {
    const def = simpleDef('poll', ['a']);
    def.tasks[0] = { ...def.tasks[0]!, startDelay: 1 };
    const r = run(def, {}, [{ name: 'a', pollTimeoutSeconds: 1, timeoutPolicy: 'RETRY', retryCount: 0 }]);
    // DeciderService.checkTaskPollTimeout: (scheduled + 1 s startDelay) + (1 s poll timeout + 1 s callback).
    assert.equal(r.last?.wakeAt, r.now + 3000);
    r.now += 3000;
    r.decide();
    assert.equal(r.task('a').status, 'TIMED_OUT');
    assert.equal(
      r.task('a').reasonForIncompletion,
      'Task poll timed out after 2 seconds. Poll timeout configured as 1 seconds. Timeout policy configured to RETRY',
    );
  });
  void it('times the workflow out (TIME_OUT_WF) and arms a wake-up before that', () => {
    const r = run(simpleDef('wft', ['a'], { timeoutSeconds: 10, timeoutPolicy: 'TIME_OUT_WF' }));
    assert.equal(r.last?.wakeAt, 1_000_000 + 10_000);
    r.now += 10_000;
    r.decide();
    assert.equal(r.aggregate.workflow.status, 'TIMED_OUT');
    assert.equal(r.task('a').status, 'CANCELED');
  });
  void it('times out a task under TIME_OUT_WF policy and the workflow with it', () => {
    const r = run(simpleDef('tt', ['a']), {}, [{ name: 'a', timeoutSeconds: 3, responseTimeoutSeconds: 3 }]);
    Object.assign(r.task('a'), { status: 'IN_PROGRESS', startTime: r.now, updateTime: r.now });
    r.now += 3000;
    r.decide();
    assert.equal(r.aggregate.workflow.status, 'TIMED_OUT');
  });
});

void describe('§5.6 / §5.7 / §1.11 system tasks', () => {
  void it('SWITCH falls back to defaultCase only when no key matches; an empty case runs nothing', () => {
    const def = {
      name: 'sw',
      tasks: [
        {
          name: 'sw',
          taskReferenceName: 'sw',
          type: 'SWITCH',
          evaluatorType: 'value-param',
          expression: 'k',
          inputParameters: { k: '${workflow.input.k}' },
          decisionCases: { empty: [], a: [{ name: 'na', taskReferenceName: 'na', type: 'NOOP' }] },
          defaultCase: [{ name: 'nd', taskReferenceName: 'nd', type: 'NOOP' }],
        },
      ],
    };
    const refs = (k: unknown) => run(def, { k }).aggregate.tasks.map((t) => t.referenceTaskName);
    assert.deepEqual(refs('a'), ['sw', 'na']);
    assert.deepEqual(refs('zzz'), ['sw', 'nd']);
    assert.deepEqual(refs('empty'), ['sw']);
    assert.deepEqual(refs(undefined), ['sw', 'nd']);
    assert.deepEqual(run(def, { k: 'a' }).task('sw').outputData, { evaluationResult: ['a'], selectedCase: 'a' });
  });
  void it('fails a SWITCH with the python evaluator clearly (no GraalPy in the local engine)', () => {
    const r = run({
      name: 'py',
      tasks: [{ name: 's', taskReferenceName: 's', type: 'SWITCH', evaluatorType: 'python', expression: '1' }],
    });
    assert.equal(r.aggregate.workflow.status, 'FAILED');
    assert.match(r.task('s').reasonForIncompletion ?? '', /'python' is not supported by this local engine/);
  });
  void it('ends the workflow for an unknown evaluatorType (§5.6)', () => {
    const r = run({
      name: 'unknown',
      tasks: [{ name: 's', taskReferenceName: 's', type: 'SWITCH', evaluatorType: 'cobol', expression: '1' }],
    });
    assert.equal(r.aggregate.workflow.status, 'FAILED');
    assert.equal(r.aggregate.workflow.reasonForIncompletion, 'No evaluator registered for type: cobol');
  });
  void it('fails a FORK_JOIN that is not followed by a JOIN', () => {
    const r = run({
      name: 'f',
      tasks: [
        { name: 'f', taskReferenceName: 'f', type: 'FORK_JOIN', forkTasks: [[{ name: 'a', taskReferenceName: 'a' }]] },
      ],
    });
    assert.equal(r.aggregate.workflow.status, 'FAILED');
    assert.equal(
      r.aggregate.workflow.reasonForIncompletion,
      'Fork task definition is not followed by a join task.  Check the blueprint',
    );
  });
  void it('JOIN waits for every lane and collects their outputs', () => {
    const r = run({
      name: 'fj',
      tasks: [
        {
          name: 'f',
          taskReferenceName: 'f',
          type: 'FORK_JOIN',
          forkTasks: [[{ name: 'a', taskReferenceName: 'a' }], [{ name: 'b', taskReferenceName: 'b' }]],
        },
        { name: 'j', taskReferenceName: 'j', type: 'JOIN', joinOn: ['a', 'b'] },
      ],
    });
    r.finish('a', 'COMPLETED', { x: 1 });
    assert.equal(r.task('j').status, 'IN_PROGRESS');
    r.finish('b', 'COMPLETED', { y: 2 });
    assert.equal(r.task('j').status, 'COMPLETED');
    assert.deepEqual(r.task('j').outputData, { a: { x: 1 }, b: { y: 2 } });
    assert.equal(r.aggregate.workflow.status, 'COMPLETED');
  });
  void it('TERMINATE(FAILED) ends the run with its reason and asks for the failure workflow', () => {
    const r = run(
      {
        name: 'term',
        failureWorkflow: 'cleanup',
        tasks: [
          {
            name: 't',
            taskReferenceName: 't',
            type: 'TERMINATE',
            inputParameters: { terminationStatus: 'FAILED', terminationReason: 'stop', workflowOutput: { o: 1 } },
          },
          { name: 'never', taskReferenceName: 'never', type: 'NOOP' },
        ],
      },
      { i: 1 },
    );
    assert.equal(r.aggregate.workflow.status, 'FAILED');
    assert.equal(r.aggregate.workflow.reasonForIncompletion, 'stop');
    const start = r.last?.startWorkflows[0];
    assert.equal(start?.request.name, 'cleanup');
    assert.equal((start?.request.input as Record<string, unknown>)['reason'], 'stop');
    assert.equal(r.aggregate.workflow.output?.['conductor.failure_workflow'], start?.workflowId);
    assert.equal(
      r.aggregate.tasks.some((t) => t.referenceTaskName === 'never'),
      false,
    );
  });
  void it('WAIT with a duration completes when the sweeper decides after the deadline', () => {
    const r = run({
      name: 'w',
      tasks: [{ name: 'w', taskReferenceName: 'w', type: 'WAIT', inputParameters: { duration: '1m 5s' } }],
    });
    assert.equal(r.last?.wakeAt, r.now + 65_000);
    r.now += 65_000;
    r.decide();
    assert.equal(r.aggregate.workflow.status, 'COMPLETED');
  });
  void it('SET_VARIABLE merges its input into workflow.variables', () => {
    const r = run(
      {
        name: 'v',
        tasks: [
          { name: 'v', taskReferenceName: 'v', type: 'SET_VARIABLE', inputParameters: { a: '${workflow.input.a}' } },
        ],
      },
      { a: [1] },
    );
    assert.deepEqual(r.aggregate.workflow.variables, { a: [1] });
  });
});

void describe('§5.10 domains', () => {
  void it('picks the first recently polled domain, else the last listed; NO_DOMAIN means none', () => {
    const polled = (_type: string, domain: string) => (domain === 'd2' ? 995_000 : undefined);
    assert.equal(chooseDomain({ '*': 'd1,d2,d3' }, 'a', 'a', 1_000_000, polled), 'd2');
    assert.equal(chooseDomain({ '*': 'd1,d3' }, 'a', 'a', 1_000_000, polled), 'd3');
    assert.equal(chooseDomain({ a: 'd1,NO_DOMAIN' }, 'a', 'a', 1_000_000, polled), undefined);
    assert.equal(chooseDomain(undefined, 'a', 'a', 1_000_000, polled), undefined);
  });
});
