/**
 * One poll of a followed run (checkRun) over real HTTP on 127.0.0.1: a loopback server stands for the failures the
 * engine cannot produce (a 500, a 429, a server gone mid-poll), the engine for a real run. A running execution is
 * read without its tasks (a long loop holds thousands); a transient failure keeps the run followed, a 404 ends it.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { ConductorClient } from '../../../client/src/api';
import { checkRun } from '../../../client/src/lastRun/checkRun';
import { sendJson, startEngineClient, startFakeServer, type Recorded } from '../clientHarness';

/** A client on a loopback server answering `handler`; the server closes after the test file. */
async function clientOn(handler: (request: Recorded, response: ServerResponse) => void) {
  const server = await startFakeServer(handler);
  after(() => server.close());
  return { server, client: new ConductorClient({ profile: 'Fake', baseUrl: `${server.url}/api`, timeoutMs: 2000 }) };
}

void describe('checkRun', () => {
  void it('reads a running execution without its tasks, and the tasks once it has ended', async () => {
    let status = 'RUNNING';
    const { server, client } = await clientOn((request, response) => {
      const withTasks = request.url.includes('includeTasks=true');
      sendJson(response, 200, { workflowId: 'w1', status, tasks: withTasks ? [{ referenceTaskName: 'a' }] : [] });
    });
    assert.deepEqual(await checkRun(client.workflows, 'w1'), { kind: 'running' });
    assert.deepEqual(
      server.requests.map((request) => request.url),
      ['/api/workflow/w1?includeTasks=false'],
    );
    status = 'FAILED';
    const ended = await checkRun(client.workflows, 'w1');
    assert.equal(ended.kind, 'ended');
    assert.deepEqual(ended.kind === 'ended' ? ended.workflow.tasks : undefined, [{ referenceTaskName: 'a' }]);
    assert.deepEqual(server.requests.map((request) => request.url).slice(1), [
      '/api/workflow/w1?includeTasks=false',
      '/api/workflow/w1?includeTasks=true',
    ]);
  });

  void it('keeps following through a 500, a 429 and a server gone mid-poll; stops at a 404', async () => {
    const answers = [500, 429, 404];
    const { server, client } = await clientOn((_request, response) =>
      sendJson(response, answers.shift() ?? 500, { message: 'down for a moment' }),
    );
    assert.equal((await checkRun(client.workflows, 'w1')).kind, 'unreachable');
    assert.equal((await checkRun(client.workflows, 'w1')).kind, 'unreachable');
    const gone = await checkRun(client.workflows, 'w1');
    assert.equal(gone.kind, 'gone');
    await server.close();
    const down = await checkRun(client.workflows, 'w1');
    assert.equal(down.kind, 'unreachable');
    assert.match(down.kind === 'unreachable' ? down.reason : '', /reach|refused|connect/i);
  });

  void it('returns the ended run of the real engine with its tasks', async () => {
    const h = await startEngineClient();
    after(() => h.engine.close());
    const inline = { evaluatorType: 'javascript', expression: '1' };
    const task = { name: 'one', taskReferenceName: 'one', type: 'INLINE', inputParameters: inline };
    await h.client.metadata.registerWorkflowDef({
      name: 'check_run_demo',
      version: 1,
      tasks: [task],
      schemaVersion: 2,
    });
    const { workflowId } = await h.client.workflows.execute({ name: 'check_run_demo', version: 1, input: {} });
    const id = workflowId ?? '';
    const check = await checkRun(h.client.workflows, id);
    assert.equal(check.kind, 'ended');
    assert.equal(check.kind === 'ended' ? check.workflow.status : undefined, 'COMPLETED');
    assert.deepEqual(check.kind === 'ended' ? check.workflow.tasks?.map((t) => t.referenceTaskName) : [], ['one']);
  });
});
