/**
 * Workflow definition endpoints of `/api/metadata` over real HTTP (reference/conductor.md §3.1, §2.5, §2.6).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BulkResponse, ErrorResponse, WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import { startPlatformServer } from './platformServer';
import type { PlatformServer } from './platformServer';

let server: PlatformServer;

before(async () => {
  server = await startPlatformServer();
});

after(() => server.close());

function def(name: string, version?: number): WorkflowDef {
  const result: WorkflowDef = { name, tasks: [{ name: 'task_a', taskReferenceName: 'a' }] };
  if (version !== undefined) result.version = version;
  return result;
}

async function ok(response: Response): Promise<void> {
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(response.headers.get('content-length'), '0');
  assert.equal(await response.text(), '');
}

async function error(response: Response, status: number): Promise<ErrorResponse> {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/json');
  return (await response.json()) as ErrorResponse;
}

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

void describe('GET and DELETE', () => {
  before(async () => {
    for (const version of [1, 2, 5]) await server.call('POST', '/api/metadata/workflow', def('multi', version));
  });

  void it('gets the latest version by default and a given version on request', async () => {
    const latest = (await (await server.call('GET', '/api/metadata/workflow/multi')).json()) as WorkflowDef;
    assert.equal(latest.version, 5);
    const two = (await (
      await server.call('GET', '/api/metadata/workflow/multi?version=2&metadata=false')
    ).json()) as WorkflowDef;
    assert.equal(two.version, 2);
  });

  void it('answers 404 with Conductor messages for a missing definition', async () => {
    const missing = await error(await server.call('GET', '/api/metadata/workflow/nope'), 404);
    assert.equal(missing.message, 'No such workflow found by name: nope, version: null');
    const version = await error(await server.call('GET', '/api/metadata/workflow/multi?version=9'), 404);
    assert.equal(version.message, 'No such workflow found by name: multi, version: 9');
  });

  void it('lists all versions, names, names-and-versions, versions of one name and latest versions', async () => {
    const all = (await (await server.call('GET', '/api/metadata/workflow')).json()) as WorkflowDef[];
    assert.deepEqual(
      all.filter((d) => d.name === 'multi').map((d) => d.version),
      [1, 2, 5],
    );
    const names = (await (await server.call('GET', '/api/metadata/workflow/names')).json()) as string[];
    assert.ok(names.includes('multi'));
    const grouped = (await (await server.call('GET', '/api/metadata/workflow/names-and-versions')).json()) as Record<
      string,
      WorkflowDefSummary[]
    >;
    assert.deepEqual(
      grouped['multi']?.map((s) => s.version),
      [1, 2, 5],
    );
    assert.equal(typeof grouped['multi']?.[0]?.createTime, 'number');
    const versions = (await (
      await server.call('GET', '/api/metadata/workflow/multi/versions')
    ).json()) as WorkflowDefSummary[];
    assert.deepEqual(
      versions.map((s) => s.version),
      [1, 2, 5],
    );
    const latest = (await (await server.call('GET', '/api/metadata/workflow/latest-versions')).json()) as WorkflowDef[];
    assert.equal(latest.find((d) => d.name === 'multi')?.version, 5);
  });

  void it('deletes one version; 404 for a missing one, 400 for a non-numeric one', async () => {
    await ok(await server.call('DELETE', '/api/metadata/workflow/multi/5'));
    const latest = (await (await server.call('GET', '/api/metadata/workflow/multi')).json()) as WorkflowDef;
    assert.equal(latest.version, 2);
    const missing = await error(await server.call('DELETE', '/api/metadata/workflow/multi/5'), 404);
    assert.equal(missing.message, 'No such workflow definition: multi version: 5');
    await error(await server.call('DELETE', '/api/metadata/workflow/multi/latest'), 400);
  });

  void it('accepts a JSON body and content type on DELETE (Python SDK, trap 5)', async () => {
    await ok(await server.call('DELETE', '/api/metadata/workflow/multi/2', {}));
  });
});
