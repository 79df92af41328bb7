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

void test('inputs that fail only at runtime: an HTTP request without method, START_WORKFLOW without its request', () => {
  const [http, ...more] = checkFixture(taskInputRequirement, folder, 'http-request-without-method.workflow.json');
  assert.deepEqual(more, []);
  assert.equal(
    http?.message,
    "The HTTP request has no 'method': Conductor fails the task with 'No HTTP method specified'.",
  );
  assert.deepEqual(http?.path, ['tasks', 0, 'inputParameters', 'http_request']);
  const [start, ...rest] = checkFixture(taskInputRequirement, folder, 'start-workflow-without-request.workflow.json');
  assert.deepEqual(rest, []);
  assert.equal(
    start?.message,
    "START_WORKFLOW task kick_off_audit has no inputParameters.startWorkflow: Conductor fails it with 'Missing 'startWorkflow' in input data.'",
  );
});

void test('HTTP request fields a task definition template or an expression can provide are not reported', () => {
  const http = (inputParameters: unknown, extra: Record<string, unknown> = {}): unknown => ({
    tasks: [{ name: 'call', taskReferenceName: 'call', type: 'HTTP', inputParameters, ...extra }],
  });
  const template = { taskDefinition: { name: 'call', inputTemplate: { uri: 'https://x' } } };
  assert.deepEqual(check(taskInputRequirement, 'workflow', http({ method: 'GET' }, template)), []);
  assert.deepEqual(check(taskInputRequirement, 'workflow', http({ http_request: '${workflow.input.req}' })), []);
  assert.deepEqual(check(taskInputRequirement, 'workflow', http({ http_request: { uri: 'u', method: 'GET' } })), []);
  const ownRequest = http({ http_request: { method: 'GET' } }, { taskDefinition: template.taskDefinition });
  assert.match(check(taskInputRequirement, 'workflow', ownRequest)[0]?.message ?? '', /has no 'uri'/);
  const topLevel = check(taskInputRequirement, 'workflow', http({ uri: 'https://x' }), createWorkspaceIndex([]));
  assert.deepEqual(
    topLevel.map((finding) => finding.path),
    [['tasks', 0, 'inputParameters']],
  );
});
