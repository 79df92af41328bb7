/**
 * Workflow definition endpoints of `/api/metadata` over real HTTP (reference/conductor.md §3.1, §2.5, §2.6).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BulkResponse, WorkflowDef } from '../../../common/src/model';
import { def, error, ok } from './metadataAssertions';
import { startPlatformServer } from './platformServer';
import type { PlatformServer } from './platformServer';

let server: PlatformServer;

before(async () => {
  server = await startPlatformServer();
});

after(() => server.close());

void describe('POST /api/metadata/workflow', () => {
  void it('registers with version 1 by default, Conductor defaults and createTime', async () => {
    const before = Date.now();
    await ok(await server.call('POST', '/api/metadata/workflow', def('first')));
    const stored = (await (await server.call('GET', '/api/metadata/workflow/first')).json()) as WorkflowDef;
    assert.equal(stored.version, 1);
    assert.equal(stored.schemaVersion, 2);
    assert.equal(stored.timeoutPolicy, 'ALERT_ONLY');
    assert.equal(stored.tasks[0]?.type, 'SIMPLE');
    assert.ok((stored.createTime ?? 0) >= before);
    assert.equal(stored.updateTime, undefined);
  });

  void it('drops top-level keys that are no WorkflowDef field: Conductor ignores them (§0)', async () => {
    const body = { $schema: './schema.json', color: 'red', ...def('unknown_keys'), description: 'kept', metadata: {} };
    await ok(await server.call('POST', '/api/metadata/workflow', body));
    const stored = (await (await server.call('GET', '/api/metadata/workflow/unknown_keys')).json()) as Record<
      string,
      unknown
    >;
    assert.equal('$schema' in stored, false);
    assert.equal('color' in stored, false);
    assert.equal(stored['description'], 'kept');
    assert.deepEqual(stored['metadata'], {});
    assert.equal(stored['name'], 'unknown_keys');
  });

  void it('drops unknown keys of tasks at any depth and of inline task definitions (§0, §1.3)', async () => {
    const nested = {
      name: 'inner',
      taskReferenceName: 'inner',
      optinal: true,
      taskDefinition: { name: 'inner', x: 1 },
    };
    const decide = { name: 'decide', taskReferenceName: 'decide', type: 'SWITCH', evaluatorType: 'value-param' };
    const body = {
      name: 'unknown_task_keys',
      tasks: [{ ...decide, expression: 'k', colour: 'red', decisionCases: { a: [nested] }, defaultCase: [] }],
    };
    await ok(await server.call('POST', '/api/metadata/workflow', body));
    const stored = (await (await server.call('GET', '/api/metadata/workflow/unknown_task_keys')).json()) as WorkflowDef;
    const [switchTask] = stored.tasks;
    assert.equal(switchTask !== undefined && 'colour' in switchTask, false);
    assert.equal(switchTask?.expression, 'k');
    const inner = switchTask?.decisionCases?.['a']?.[0];
    assert.equal(inner?.taskReferenceName, 'inner');
    assert.equal(inner !== undefined && 'optinal' in inner, false, 'the misspelt optional is not stored');
    assert.equal(inner?.optional, false);
    assert.equal(inner?.taskDefinition?.name, 'inner');
    assert.equal(inner?.taskDefinition !== undefined && 'x' in inner.taskDefinition, false);
  });

  void it('accepts inline task and child workflow definitions Conductor does not validate (§1.3, §1.4)', async () => {
    const inlineTaskDef = { name: 'inline_def', taskReferenceName: 'inline_def', taskDefinition: { retryCount: 0 } };
    const child = { name: 'inline_child', tasks: [{ name: 'no_ref', type: 'SIMPLE' }] };
    const subWorkflow = {
      name: 'child',
      taskReferenceName: 'child',
      type: 'SUB_WORKFLOW',
      subWorkflowParam: { name: 'inline_child', workflowDefinition: child },
    };
    await ok(
      await server.call('POST', '/api/metadata/workflow', {
        name: 'inline_parts',
        tasks: [inlineTaskDef, subWorkflow],
      }),
    );
  });

  void it("refuses a top-level input whose text before the first '.' names no task, as Conductor reads it (§2.4)", async () => {
    const task = { name: 'a', taskReferenceName: 'a', inputParameters: { x: '${$.a.output}' } };
    const refused = await error(
      await server.call('POST', '/api/metadata/workflow', { name: 'dollar_ref', tasks: [task] }),
      400,
    );
    assert.match(
      refused.validationErrors?.[0]?.message ?? '',
      /^taskReferenceName: \$ for given task: a .* is not defined in workflow definition\./,
    );
  });

  void it('takes null fields as unset, as Jackson binds them: registered, and defaults filled (§1.2)', async () => {
    const task = { name: 'n', taskReferenceName: 'n', type: 'SIMPLE', optional: null, taskDefinition: null };
    const body = { name: 'null_fields', description: null, timeoutPolicy: null, tasks: [task] };
    await ok(await server.call('POST', '/api/metadata/workflow', body));
    const stored = (await (await server.call('GET', '/api/metadata/workflow/null_fields')).json()) as WorkflowDef;
    assert.equal(stored.timeoutPolicy, 'ALERT_ONLY');
    assert.equal('description' in stored, false);
    assert.equal(stored.tasks[0]?.optional, false);
  });

  void it('answers 409 for an existing version unless overwrite (any case) is true (§2.5)', async () => {
    await ok(await server.call('POST', '/api/metadata/workflow', def('dup', 2)));
    const conflict = await error(await server.call('POST', '/api/metadata/workflow', def('dup', 2)), 409);
    assert.equal(conflict.message, 'Workflow with dup.2 already exists!');
    const changed = { ...def('dup', 2), description: 'second' };
    await ok(await server.call('POST', '/api/metadata/workflow?overwrite=True', changed));
    const stored = (await (await server.call('GET', '/api/metadata/workflow/dup?version=2')).json()) as WorkflowDef;
    assert.equal(stored.description, 'second');
    assert.ok(stored.updateTime !== undefined && stored.createTime !== undefined);
  });

  void it('rejects a non-object body and a non-integer version with a clear 400', async () => {
    assert.match((await error(await server.call('POST', '/api/metadata/workflow', [1]), 400)).message, /JSON object/);
    const bad = { ...def('v'), version: 'two' };
    assert.match((await error(await server.call('POST', '/api/metadata/workflow', bad), 400)).message, /'version'/);
    assert.match(
      (await error(await server.call('POST', '/api/metadata/workflow', '{'), 400)).message,
      /Malformed JSON/,
    );
  });
});

void describe('PUT /api/metadata/workflow', () => {
  void it('upserts a list and answers a BulkResponse of names', async () => {
    const response = await server.call('PUT', '/api/metadata/workflow', [def('bulk_a'), def('bulk_b', 3)]);
    assert.equal(response.status, 200);
    const body = (await response.json()) as BulkResponse<string>;
    assert.deepEqual(body, {
      bulkErrorResults: {},
      bulkSuccessfulResults: ['bulk_a', 'bulk_b'],
      message: 'Bulk Request has been processed.',
    });
    assert.equal((await server.call('GET', '/api/metadata/workflow/bulk_b?version=3')).status, 200);
  });

  void it('stores nothing when one definition of the list is invalid', async () => {
    const invalid = { name: 'bulk_bad', tasks: [] };
    const body = await error(await server.call('PUT', '/api/metadata/workflow', [def('bulk_c'), invalid]), 400);
    assert.deepEqual(body.validationErrors, [
      { path: 'updateWorkflowDef.workflowDefList[1].tasks', message: 'WorkflowTask list cannot be empty' },
    ]);
    assert.equal((await server.call('GET', '/api/metadata/workflow/bulk_c')).status, 404);
  });

  void it('rejects an empty list and a non-array body', async () => {
    const empty = await error(await server.call('PUT', '/api/metadata/workflow', []), 400);
    assert.equal(empty.validationErrors?.[0]?.message, 'WorkflowDefList is empty');
    assert.match((await error(await server.call('PUT', '/api/metadata/workflow', def('x')), 400)).message, /array/);
  });
});

void describe('POST /api/metadata/workflow/validate', () => {
  void it('answers 200 for a valid definition without storing it, 400 for an invalid one', async () => {
    await ok(await server.call('POST', '/api/metadata/workflow/validate', def('only_validated')));
    assert.equal((await server.call('GET', '/api/metadata/workflow/only_validated')).status, 404);
    const body = await error(
      await server.call('POST', '/api/metadata/workflow/validate', { name: 'x', tasks: [] }),
      400,
    );
    assert.equal(body.validationErrors?.[0]?.path, 'validateWorkflowDef.workflowDef.tasks');
  });
});
