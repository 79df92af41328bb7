/** taskInputRequirement: HTTP / KAFKA_PUBLISH / JSON_JQ_TRANSFORM inputs, satisfiable by a task def (§2.3). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWorkspaceIndex } from '../../../server/src/service';
import { taskInputRequirement } from '../../../server/src/service/rules/taskInputRequirement';
import { check, checkFixture } from './ruleHarness';

const folder = 'task-input-requirement';

void test("each missing input is an error with Conductor's message", () => {
  const expected: [string, string][] = [
    [
      'http-missing-request.workflow.json',
      'inputParameters.http_request or inputParameters.uri field is required for taskType: HTTP taskName: call_api',
    ],
    [
      'http-no-inputs.workflow.json',
      'inputParameters.http_request or inputParameters.uri field is required for taskType: HTTP taskName: call_api',
    ],
    [
      'kafka-missing-request.workflow.json',
      'inputParameters.kafka_request field is required for taskType: KAFKA_PUBLISH taskName: publish',
    ],
    [
      'jq-missing-query.workflow.json',
      'inputParameters.queryExpression field is required for taskType: JSON_JQ_TRANSFORM taskName: transform',
    ],
    [
      'http-inline-definition-without-template.workflow.json',
      'inputParameters.http_request or inputParameters.uri field is required for taskType: HTTP taskName: call_api',
    ],
  ];
  for (const [file, message] of expected) {
    assert.deepEqual(
      checkFixture(taskInputRequirement, folder, file).map((f) => f.message),
      [message],
      file,
    );
  }
});

void test('an inline inputTemplate, a top-level uri, or a registered def satisfies it', () => {
  const http = (extra: Record<string, unknown>): unknown => ({
    tasks: [{ name: 'call', taskReferenceName: 'call', type: 'HTTP', ...extra }],
  });
  const index = createWorkspaceIndex([
    { uri: 'call.taskdef.json', text: '{"name":"call","inputTemplate":{"http_request":{}}}' },
  ]);
  assert.deepEqual(
    check(
      taskInputRequirement,
      'workflow',
      http({ taskDefinition: { name: 'call', inputTemplate: { http_request: {} } } }),
      index,
    ),
    [],
  );
  assert.deepEqual(
    check(taskInputRequirement, 'workflow', http({ inputParameters: { uri: 'http://localhost' } }), index),
    [],
  );
  assert.deepEqual(check(taskInputRequirement, 'workflow', http({}), index), []);
});

void test('without an index only an inline definition can be judged', () => {
  const value = { tasks: [{ name: 'call', taskReferenceName: 'call', type: 'HTTP' }] };
  assert.deepEqual(check(taskInputRequirement, 'workflow', value), []);
});
