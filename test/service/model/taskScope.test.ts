/** The scope table: which references can have run before a task resolves its inputs (§4.1, §5.6–§5.8). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTaskScope } from '../../../server/src/service/model/taskScope';
import type { Reachability } from '../../../server/src/service/model/taskScope';
import { walkTasks } from '../../../server/src/service/model/taskWalker';

const simple = (ref: string): Record<string, unknown> => ({ name: ref, taskReferenceName: ref, type: 'SIMPLE' });
const workflow = {
  tasks: [
    simple('first'),
    {
      ...simple('route'),
      type: 'SWITCH',
      decisionCases: { a: [simple('a1'), simple('a2')], b: [simple('b1')] },
      defaultCase: [simple('d1')],
    },
    { ...simple('fork'), type: 'FORK_JOIN', forkTasks: [[simple('left')], [simple('right')]] },
    { ...simple('join'), type: 'JOIN', joinOn: ['left', 'right'] },
    {
      ...simple('loop'),
      type: 'DO_WHILE',
      loopOver: [simple('l1'), { ...simple('inner'), type: 'SWITCH', decisionCases: { x: [simple('l2')] } }],
    },
    simple('last'),
  ],
};
const entries = walkTasks(workflow);
const scope = buildTaskScope(entries);
const reach = (target: string, from: string | undefined): Reachability => {
  const t = scope.byRef.get(target);
  assert.ok(t, target);
  return scope.reachability(t, from === undefined ? undefined : scope.byRef.get(from));
};

void test('earlier tasks, and everything nested in them, have run', () => {
  assert.equal(reach('first', 'last'), 'before');
  assert.equal(reach('a2', 'last'), 'before');
  assert.equal(reach('left', 'join'), 'before');
  assert.equal(reach('l2', 'last'), 'before');
});

void test('later tasks, the same task and nested children have not', () => {
  assert.equal(reach('last', 'first'), 'later');
  assert.equal(reach('l1', 'first'), 'later');
  assert.equal(reach('first', 'first'), 'self');
  assert.equal(reach('a1', 'route'), 'descendant');
});

void test('sibling branches: switch cases never, fork branches not reliably', () => {
  assert.equal(reach('a1', 'b1'), 'otherBranch');
  assert.equal(reach('a1', 'd1'), 'otherBranch');
  assert.equal(reach('left', 'right'), 'parallelBranch');
  assert.equal(reach('a1', 'a2'), 'before');
  assert.equal(reach('a2', 'a1'), 'later');
});

void test('enclosing tasks have started; a loop body sees every task of the loop (earlier iterations)', () => {
  assert.equal(reach('route', 'a1'), 'before');
  assert.equal(reach('loop', 'l1'), 'before');
  assert.equal(reach('l2', 'l1'), 'before');
  assert.equal(reach('loop', 'loop'), 'before');
  assert.equal(reach('l1', 'loop'), 'before');
});

void test('the workflow output sees every task', () => {
  for (const ref of scope.byRef.keys()) assert.equal(reach(ref, undefined), 'before');
});
