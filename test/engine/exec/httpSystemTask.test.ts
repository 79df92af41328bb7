import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startHarness, until, type Harness } from './engineHarness';

interface Wf {
  status: string;
  tasks: {
    status: string;
    outputData: { response?: { statusCode: number; body: unknown } };
    reasonForIncompletion?: string;
  }[];
}

let h: Harness;
let server: Server;
let base = '';
before(async () => {
  h = await startHarness();
  server = createServer((request, response) => {
    const status = request.url === '/fail' ? 500 : 200;
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ path: request.url, method: request.method }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await h.close();
  await new Promise((resolve) => server.close(resolve));
});

async function runHttp(path: string): Promise<Wf> {
  const def = {
    name: 'http_call',
    tasks: [
      {
        name: 'h',
        taskReferenceName: 'h',
        type: 'HTTP',
        inputParameters: { http_request: { uri: `${base}${path}`, method: 'GET' } },
      },
    ],
  };
  const id = (await h.call('POST', '/api/workflow', { name: 'http_call', workflowDef: def })).text;
  return until(h, async () => {
    const wf = (await h.call('GET', `/api/workflow/${id}`)).json as Wf;
    return wf.status === 'RUNNING' ? undefined : wf;
  });
}

void describe('HTTP system task (async, §1.11)', () => {
  void it('calls the service off the decide loop and completes with the response', async () => {
    const wf = await runHttp('/hello');
    assert.equal(wf.status, 'COMPLETED');
    assert.equal(wf.tasks[0]?.outputData.response?.statusCode, 200);
    assert.deepEqual(wf.tasks[0]?.outputData.response?.body, { path: '/hello', method: 'GET' });
    assert.deepEqual((await h.call('GET', '/api/tasks/queue/all')).json, {});
  });
  void it('fails the task (and the run) on a non-2xx answer', async () => {
    const wf = await runHttp('/fail');
    assert.equal(wf.status, 'FAILED');
    assert.equal(wf.tasks[0]?.status, 'FAILED');
  });
});
