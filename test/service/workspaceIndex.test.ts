/**
 * The workspace DefinitionIndex: task definitions (single and arrays), workflows by name and version (default 1),
 * incremental update/remove with a "changed" answer, and tolerance of any text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWorkspaceIndex } from '../../server/src/service';

const TASKS = JSON.stringify([
  { name: 'charge', retryCount: 1, inputKeys: ['amount'] },
  { name: 'ship', timeoutSeconds: 60 },
]);
const FLOW_V1 = JSON.stringify({ name: 'order', tasks: [], inputParameters: ['orderId'] });
const FLOW_V2 = JSON.stringify({ name: 'order', version: 2, tasks: [] });

void describe('createWorkspaceIndex', () => {
  void it('collects task definitions and workflow versions from files', () => {
    const index = createWorkspaceIndex([
      { uri: 'file:///w/tasks.taskdef.json', text: TASKS },
      { uri: 'file:///w/order.workflow.json', text: FLOW_V1 },
      { uri: 'file:///w/order.v2.workflow.json', text: FLOW_V2 },
    ]);
    assert.equal(index.describe(), 'the workspace');
    assert.deepEqual(index.getTaskDef('charge'), {
      name: 'charge',
      uri: 'file:///w/tasks.taskdef.json',
      inputKeys: ['amount'],
      outputKeys: [],
      inputTemplateKeys: [],
    });
    assert.equal(index.getTaskDef('ship')?.name, 'ship');
    assert.equal(index.getTaskDef('missing'), undefined);
    const versions = index.getWorkflowVersions('order').map((flow) => flow.version);
    assert.deepEqual([...versions].sort(), [1, 2]);
    assert.deepEqual(index.getWorkflowVersions('order').find((flow) => flow.version === 1)?.inputParameters, [
      'orderId',
    ]);
    assert.deepEqual(index.getWorkflowVersions('unknown'), []);
    assert.equal(index.listTaskDefs().length, 2);
    assert.equal(index.listWorkflows().length, 2);
  });

  void it('ignores texts that are not definitions or not JSON, without throwing', () => {
    const index = createWorkspaceIndex([
      { uri: 'package.json', text: '{"name": "app", "version": "1.0.0"}' },
      { uri: 'broken.workflow.json', text: '{"name": ' },
      { uri: 'odd.workflow.json', text: '42' },
      { uri: 'nameless.taskdef.json', text: '[{"retryCount": 1}, null, "x"]' },
    ]);
    assert.deepEqual(index.listTaskDefs(), []);
    assert.deepEqual(index.listWorkflows(), []);
  });

  void it('follows edits: update and remove say whether the known definitions changed', () => {
    const index = createWorkspaceIndex();
    assert.equal(index.update('a.workflow.json', FLOW_V1), true);
    assert.equal(
      index.update('a.workflow.json', FLOW_V1.replace('"tasks":[]', '"tasks":[], "description": "same def"')),
      false,
    );
    assert.equal(index.update('a.workflow.json', FLOW_V2), true);
    assert.deepEqual(
      index.getWorkflowVersions('order').map((flow) => flow.version),
      [2],
    );
    assert.equal(index.update('a.workflow.json', '{ broken'), true);
    assert.deepEqual(index.getWorkflowVersions('order'), []);
    assert.equal(index.update('t.taskdef.json', TASKS), true);
    assert.equal(index.remove('t.taskdef.json'), true);
    assert.equal(index.remove('t.taskdef.json'), false);
    assert.equal(index.getTaskDef('charge'), undefined);
  });

  void it('records inputTemplate keys and accepts an already parsed value', () => {
    const index = createWorkspaceIndex();
    const def = { name: 'call_api', retryCount: 1, inputTemplate: { http_request: { uri: 'http://127.0.0.1' } } };
    // The text is deliberately not the value: the caller's parse of this version is trusted as given.
    assert.equal(index.update('api.taskdef.json', 'not parsed again', def), true);
    assert.deepEqual(index.getTaskDef('call_api')?.inputTemplateKeys, ['http_request']);
  });

  void it('answers the same way whatever the load order when two files define one name', () => {
    const a = { uri: 'file:///a.taskdef.json', text: '{"name": "dup", "retryCount": 1}' };
    const b = { uri: 'file:///b.taskdef.json', text: '{"name": "dup", "retryCount": 2}' };
    assert.equal(createWorkspaceIndex([a, b]).getTaskDef('dup')?.uri, a.uri);
    assert.equal(createWorkspaceIndex([b, a]).getTaskDef('dup')?.uri, a.uri);
  });
});
