/**
 * Execution → diagram on hand-written executions shaped like Conductor's (reference §1.6, §1.7): the SWITCH case
 * taken (§5.6), retries (§5.3), DO_WHILE iterations `ref__N` (§5.8), dynamic fork tasks (§5.7) and sub-workflow ids
 * (§5.9), checked against goldens; plus the run a loop's iteration picker shows and the actions offered (§5.5).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildExecutionGraph,
  containersOf,
  displayedRun,
  splitIterationRef,
  taskActions,
} from '../../common/src/graph';
import type { Workflow } from '../../common/src/model';
import { assertGolden, printGraph, readFixture } from './graphGolden';

const execution = (name: string): Workflow => readFixture(`executions/${name}.execution.json`) as Workflow;

void describe('execution diagrams', () => {
  void it('marks the SWITCH lane taken and keeps a retried task with both attempts (§5.6, §5.3)', () => {
    const graph = buildExecutionGraph(execution('switch_taken'));
    assertGolden('executions/switch_taken', printGraph(graph));
    const taken = graph.edges.filter((edge) => edge.source === 'route_ref' && edge.taken).map((edge) => edge.label);
    assert.deepEqual(taken, ['A']);
  });

  void it('groups DO_WHILE iterations under the body task, with the definition fetched separately (§5.8)', () => {
    const definition = readFixture('definitions/do_while.workflow.json');
    const graph = buildExecutionGraph(execution('do_while_iterations'), definition);
    assertGolden('executions/do_while_iterations', printGraph(graph));
    const containers = containersOf(graph);
    const big = graph.nodes.find((node) => node.id === 'big_ref');
    assert.ok(big);
    assert.equal(displayedRun(big, containers, {})?.status, 'FAILED');
    assert.equal(displayedRun(big, containers, { loop_ref: 1 }), undefined, 'big did not run in iteration 1');
    const body = graph.nodes.find((node) => node.id === 'body1_ref');
    assert.ok(body);
    assert.equal(displayedRun(body, containers, { loop_ref: 1 })?.referenceTaskName, 'body1_ref__1');
  });

  void it('puts the tasks a dynamic fork created between the fork and its JOIN (§5.7)', () => {
    const graph = buildExecutionGraph(execution('dynamic_fork'));
    assertGolden('executions/dynamic_fork', printGraph(graph));
    assert.equal(graph.nodes.find((node) => node.id === 'img_1')?.runs?.[0]?.subWorkflowId, 'child-1');
    assert.ok(!graph.nodes.some((node) => node.kind === 'dynamicTasks'), 'the placeholder is replaced');
  });

  void it('splits ref__N only when the base reference is a task of the definition', () => {
    const known = (ref: string): boolean => ref === 'loop_body';
    assert.deepEqual(splitIterationRef('loop_body__3', known), { ref: 'loop_body', iteration: 3 });
    assert.deepEqual(splitIterationRef('a__b__2', known), { ref: 'a__b__2', iteration: 0 });
  });

  void it('offers retry, rerun and skip only where Conductor accepts them (§5.5)', () => {
    assert.deepEqual(taskActions('FAILED', 'FAILED'), ['retry', 'rerunFromHere']);
    assert.deepEqual(taskActions('COMPLETED', 'COMPLETED'), ['rerunFromHere']);
    assert.deepEqual(taskActions('RUNNING', 'IN_PROGRESS'), []);
    assert.deepEqual(taskActions('RUNNING', undefined), ['skip']);
    assert.deepEqual(taskActions('PAUSED', undefined), []);
    assert.deepEqual(taskActions('TERMINATED', 'CANCELED'), ['retry', 'rerunFromHere']);
  });
});
