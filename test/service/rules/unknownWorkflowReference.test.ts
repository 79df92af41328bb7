/** unknownWorkflowReference: workflows started by event handlers, schedules and failureWorkflow (§1.2, §1.9). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownWorkflowReference } from '../../../server/src/service/rules/unknownWorkflowReference';
import { check, checkFixture, folderIndex } from './ruleHarness';

const folder = 'unknown-workflow-reference';

void test('unknown names and versions warn where they are written', () => {
  const expected: [string, string][] = [
    ['event-start-unknown.event.json', 'actions/0/start_workflow/name'],
    ['schedule-unknown-version.schedule.json', 'startWorkflowRequest/version'],
    ['failure-workflow-unknown.workflow.json', 'failureWorkflow'],
  ];
  for (const [file, path] of expected) {
    assert.deepEqual(
      checkFixture(unknownWorkflowReference, folder, file).map((f) => [f.severity, f.path.join('/')]),
      [['warning', path]],
      file,
    );
  }
});

void test('known workflows, expressions, the legacy $workflow.input form and no index are fine', () => {
  const index = folderIndex(folder);
  const schedule = (name: string): unknown => ({ name: 's', startWorkflowRequest: { name } });
  assert.deepEqual(check(unknownWorkflowReference, 'schedule', schedule('target_flow'), index), []);
  assert.deepEqual(check(unknownWorkflowReference, 'schedule', schedule('${flow}'), index), []);
  assert.deepEqual(
    check(unknownWorkflowReference, 'workflow', { failureWorkflow: '$workflow.input.onFail', tasks: [] }, index),
    [],
  );
  assert.deepEqual(check(unknownWorkflowReference, 'schedule', schedule('nope')), []);
});
