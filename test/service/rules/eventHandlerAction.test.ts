/** eventHandlerAction: usable actions and the inactive default (§1.9). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventHandlerAction } from '../../../server/src/service/rules/eventHandlerAction';
import { check, checkFixture } from './ruleHarness';

const folder = 'event-handler-action';

void test('each fixture gives one finding at the action', () => {
  const expected: [string, string, string][] = [
    ['unsupported-terminate.event.json', 'warning', 'actions/0/action'],
    ['missing-start-workflow-params.event.json', 'warning', 'actions/0/action'],
    ['start-workflow-without-name.event.json', 'warning', 'actions/0/start_workflow'],
    ['complete-task-without-target.event.json', 'warning', 'actions/0/complete_task'],
    ['inactive-by-default.event.json', 'hint', 'name'],
  ];
  for (const [file, severity, path] of expected) {
    assert.deepEqual(
      checkFixture(eventHandlerAction, folder, file).map((f) => [f.severity, f.path.join('/')]),
      [[severity, path]],
      file,
    );
  }
});

void test('unknown action names are left to the schema; complete_task by taskId is fine', () => {
  const handler = (action: Record<string, unknown>): unknown => ({
    name: 'h',
    event: 'e:q',
    active: true,
    actions: [action],
  });
  assert.deepEqual(check(eventHandlerAction, 'event', handler({ action: 'start' })), []);
  assert.deepEqual(
    check(eventHandlerAction, 'event', handler({ action: 'complete_task', complete_task: { taskId: '${id}' } })),
    [],
  );
});
