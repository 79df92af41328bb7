/** duplicateTaskReferenceName: unique across every nesting level, Conductor's message (§2.3). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duplicateTaskReferenceName } from '../../../server/src/service/rules/duplicateTaskReferenceName';
import { checkFixture } from './ruleHarness';

const rule = duplicateTaskReferenceName;

void test('reports every occurrence, with the workflow name', () => {
  const findings = checkFixture(rule, 'duplicate-task-reference-name', 'top-level.workflow.json');
  assert.deepEqual(
    findings.map((f) => f.path),
    [
      ['tasks', 0, 'taskReferenceName'],
      ['tasks', 1, 'taskReferenceName'],
    ],
  );
  assert.equal(
    findings[0]?.message,
    'taskReferenceName: step should be unique across tasks for a given workflowDefinition: demo_workflow',
  );
});

void test('finds duplicates inside switch cases, loop bodies and fork branches', () => {
  const cases: [string, string][] = [
    ['in-switch-case.workflow.json', 'tasks/0/taskReferenceName tasks/1/decisionCases/a/0/taskReferenceName'],
    ['in-loop-over.workflow.json', 'tasks/0/taskReferenceName tasks/1/loopOver/0/taskReferenceName'],
    [
      'in-fork-branches.workflow.json',
      'tasks/0/forkTasks/0/0/taskReferenceName tasks/0/forkTasks/1/0/taskReferenceName',
    ],
  ];
  for (const [file, paths] of cases) {
    const findings = checkFixture(rule, 'duplicate-task-reference-name', file);
    assert.equal(findings.map((f) => f.path.join('/')).join(' '), paths, file);
  }
});

void test('unique references report nothing', () => {
  assert.deepEqual(checkFixture(rule, 'unreachable-reference', 'other-switch-branch.workflow.json'), []);
});
