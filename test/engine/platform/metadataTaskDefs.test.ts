/**
 * Task definition endpoints of `/api/metadata` over real HTTP (reference/conductor.md §3.1, §1.5, §2.1).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TaskDef } from '../../../common/src/model';
import { error } from './metadataAssertions';
import { startPlatformServer } from './platformServer';
import type { PlatformServer } from './platformServer';

let server: PlatformServer;

before(async () => {
  server = await startPlatformServer();
});

after(() => server.close());

async function get(name: string): Promise<TaskDef> {
  const response = await server.call('GET', `/api/metadata/taskdefs/${name}`);
  assert.equal(response.status, 200);
  return (await response.json()) as TaskDef;
}

void describe('task definitions', () => {
  void it('registers a list (upsert) with Conductor defaults; re-registering keeps createTime', async () => {
    const response = await server.call('POST', '/api/metadata/taskdefs', [
      { name: 'td_a' },
      { name: 'td_b', retryCount: 0 },
    ]);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), '0');
    const a = await get('td_a');
    assert.equal(a.retryCount, 3);
    assert.equal(a.retryDelaySeconds, 60);
    assert.equal(a.responseTimeoutSeconds, 3600);
    assert.equal(a.timeoutPolicy, 'TIME_OUT_WF');
    assert.equal((await get('td_b')).retryCount, 0);
    await server.call('POST', '/api/metadata/taskdefs', [{ name: 'td_a', description: 'again' }]);
    const again = await get('td_a');
    assert.equal(again.description, 'again');
    assert.equal(again.createTime, a.createTime);
    assert.ok(again.updateTime !== undefined);
  });

  void it('drops keys that are no TaskDef field, as Conductor ignores them (§0, §1.5)', async () => {
    const body = [{ $schema: './task-def.schema.json', name: 'td_unknown', retryCont: 5, description: 'kept' }];
    assert.equal((await server.call('POST', '/api/metadata/taskdefs', body)).status, 200);
    const stored = (await get('td_unknown')) as unknown as Record<string, unknown>;
    assert.equal('$schema' in stored, false);
    assert.equal('retryCont' in stored, false);
    assert.equal(stored['retryCount'], 3, 'the misspelt retryCount leaves the default');
    assert.equal(stored['description'], 'kept');
  });

  void it('rejects a missing, empty or non-array list with Conductor messages', async () => {
    const none = await error(await server.call('POST', '/api/metadata/taskdefs'), 400);
    assert.equal(none.validationErrors?.[0]?.message, 'TaskDefList cannot be empty or null');
    const empty = await error(await server.call('POST', '/api/metadata/taskdefs', []), 400);
    assert.equal(empty.validationErrors?.[0]?.message, 'TaskDefList is empty');
    assert.match(
      (await error(await server.call('POST', '/api/metadata/taskdefs', { name: 'x' }), 400)).message,
      /array/,
    );
  });

  void it('updates an existing definition with PUT and answers 404 for an unknown one', async () => {
    await server.call('POST', '/api/metadata/taskdefs', [{ name: 'td_put' }]);
    const response = await server.call('PUT', '/api/metadata/taskdefs', { name: 'td_put', retryCount: 7 });
    assert.equal(response.status, 200);
    assert.equal((await get('td_put')).retryCount, 7);
    const missing = await error(await server.call('PUT', '/api/metadata/taskdefs', { name: 'td_none' }), 404);
    assert.equal(missing.message, 'No such task by name td_none');
  });

  void it('lists, gets and deletes, with 404 messages for unknown names', async () => {
    await server.call('POST', '/api/metadata/taskdefs', [{ name: 'td_del' }]);
    const all = (await (await server.call('GET', '/api/metadata/taskdefs')).json()) as TaskDef[];
    assert.ok(all.some((def) => def.name === 'td_del'));
    assert.equal((await server.call('DELETE', '/api/metadata/taskdefs/td_del')).status, 200);
    const gone = await error(await server.call('GET', '/api/metadata/taskdefs/td_del'), 404);
    assert.equal(gone.message, 'No such taskType found by name: td_del');
    const again = await error(await server.call('DELETE', '/api/metadata/taskdefs/td_del'), 404);
    assert.equal(again.message, 'No such task definition');
  });

  void it('rejects the bounds Conductor enforces, with the index of the offending definition', async () => {
    const body = await error(
      await server.call('POST', '/api/metadata/taskdefs', [{ name: 'fine' }, { name: 'bad', retryCount: -1 }]),
      400,
    );
    assert.equal(body.message, 'Validation failed, check below errors for detail.');
    assert.deepEqual(body.validationErrors, [
      { path: 'registerTaskDef.taskDefinitions[1].retryCount', message: 'TaskDef retryCount: 0 must be >= 0' },
    ]);
    assert.equal((await server.call('GET', '/api/metadata/taskdefs/fine')).status, 404);
  });
});
