/**
 * Reading and deleting workflow definitions through `/api/metadata/workflow` over real HTTP (reference/conductor.md
 * §3.1), including a large definition.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import { def, error, ok } from './metadataAssertions';
import { startPlatformServer } from './platformServer';
import type { PlatformServer } from './platformServer';

let server: PlatformServer;

before(async () => {
  server = await startPlatformServer();
});

after(() => server.close());

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

void describe('large definitions', () => {
  void it('registers and reads back a definition of 2,000 tasks', async () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => ({
      name: `big_task_${i}`,
      taskReferenceName: `big_${i}`,
      inputParameters: { previous: i === 0 ? '${workflow.input.x}' : `\${big_${i - 1}.output.value}` },
    }));
    await ok(await server.call('POST', '/api/metadata/workflow', { name: 'big', tasks }));
    const stored = (await (await server.call('GET', '/api/metadata/workflow/big')).json()) as WorkflowDef;
    assert.equal(stored.tasks.length, 2000);
    assert.equal(stored.tasks[1999]?.inputParameters?.['previous'], '${big_1998.output.value}');
  });
});
