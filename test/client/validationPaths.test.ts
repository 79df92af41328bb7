/**
 * Conductor `validationErrors[].path` → JSON path into the local file (reference/conductor.md §2.6): the shapes seen
 * from OSS and Orkes builds, and a round trip through the real engine's 400 answer to the offending node.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDef, WorkflowDef } from '../../common/src/model';
import { ConductorApiError, parseValidationPath, toDocumentPath } from '../../client/src/api';
import { fixture, startEngineClient } from './clientHarness';

void describe('§2.6 parseValidationPath', () => {
  const cases: [string, ReturnType<typeof parseValidationPath>][] = [
    ['registerWorkflowDef.workflowDef.tasks[0].name', { path: ['tasks', 0, 'name'] }],
    [
      'registerWorkflowDef.workflowDef.tasks[1].forkTasks[0].<list element>[0].name',
      { path: ['tasks', 1, 'forkTasks', 0, 0, 'name'] },
    ],
    [
      'update.workflowDefs[0].tasks[1].decisionCases[switch_case].<map value>[0]',
      { listIndex: 0, path: ['tasks', 1, 'decisionCases', 'switch_case', 0] },
    ],
    [
      'updateWorkflowDef.workflowDefList[2].tasks[0].decisionCases[1].<map value>[3]',
      {
        listIndex: 2,
        path: ['tasks', 0, 'decisionCases', '1', 3],
      },
    ],
    ['registerTaskDef.taskDefinitions[1].ownerEmail', { listIndex: 1, path: ['ownerEmail'] }],
    ['arg0.tasks[0]', { path: ['tasks', 0] }],
    [
      'registerWorkflowDef.arg0.tasks[2].defaultCase[0].loopOver[1].name',
      {
        path: ['tasks', 2, 'defaultCase', 0, 'loopOver', 1, 'name'],
      },
    ],
    ['registerWorkflowDef.workflowDef', { path: [] }],
    ['tasks[3].inputParameters[a.b]', { path: ['tasks', 3, 'inputParameters', 'a.b'] }],
    ['name', { path: ['name'] }],
    ['', { path: [] }],
  ];
  for (const [input, expected] of cases) {
    void it(`maps "${input}"`, () => assert.deepEqual(parseValidationPath(input), expected));
  }

  void it('puts the list index in front only for files that hold an array', () => {
    assert.deepEqual(toDocumentPath('registerTaskDef.taskDefinitions[1].ownerEmail', true), [1, 'ownerEmail']);
    assert.deepEqual(toDocumentPath('registerTaskDef.taskDefinitions[1].ownerEmail', false), ['ownerEmail']);
    assert.deepEqual(toDocumentPath('registerWorkflowDef.workflowDef.tasks[0]', true), [0, 'tasks', 0]);
  });
});

/** The value at `path` inside `root`. */
function at(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], root);
}

void describe('§2.6 round trip through the engine', () => {
  void it('the path of a rejected register points at the offending node of the file', async () => {
    const h = await startEngineClient();
    try {
      await h.client.metadata.registerTaskDefs(fixture<TaskDef[]>('client_tasks.taskdef.json'));
      const file = fixture<WorkflowDef>('broken_fork.workflow.json');
      const error = await h.client.metadata.registerWorkflowDef(file).then(
        () => assert.fail('the register should fail'),
        (thrown: unknown) => thrown,
      );
      assert.ok(error instanceof ConductorApiError && error.validationErrors?.[0]);
      const path = toDocumentPath(error.validationErrors[0].path, false);
      assert.deepEqual(path, ['tasks', 1, 'forkTasks', 0, 0, 'name']);
      assert.equal(at(file, path), '');
      assert.equal(at(file, path.slice(0, -1)) === file.tasks[1]?.forkTasks?.[0]?.[0], true);
    } finally {
      await h.engine.close();
    }
  });
});
