/**
 * The HTTP system task run by the engine over HTTP, against a loopback server this test starts (reference/conductor.md
 * §1.11 HTTP): method, headers and body reach the service; the output `response` carries body (parsed JSON),
 * headers, statusCode and reasonPhrase; a non-2xx answer (Spring's RestTemplate throws, so the reason carries the
 * status line and body), an unreachable service and a read timeout fail the task and the run; with `asyncComplete`
 * the task waits after the call for an external update. Request/response details per case are in test/engine/httpTask.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Harness } from '../exec/engineHarness';
import { responseOf, startLoopbackServer, type Echo } from '../httpTask/loopbackServer';
import { runToEnd, settle, start, startSuite, taskOf } from './systemTaskHarness';

let h: Harness;
let loopback: Awaited<ReturnType<typeof startLoopbackServer>>;
before(async () => {
  h = await startSuite();
  loopback = await startLoopbackServer();
});
after(async () => {
  await h.close();
  await loopback.close();
});

/** A port nothing listens on: bound once to learn a free number, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

void describe('§1.11 HTTP task on the engine', () => {
  void it('sends method, headers and JSON body, and outputs the parsed response', async () => {
    const input = { uri: `${loopback.base}/echo`, method: 'POST', order: 'o-9', body: { qty: 2 }, readTimeOut: 2000 };
    const run = await runToEnd(h, 'st_http_call', input);
    assert.equal(run.status, 'COMPLETED');
    const response = responseOf(taskOf(run, 'call').outputData ?? {});
    assert.equal(response.statusCode, 200);
    assert.equal(response.reasonPhrase, 'OK');
    assert.deepEqual(response.headers['X-Trace'] ?? response.headers['x-trace'], ['a', 'b']);
    const echo = response.body as Echo;
    assert.equal(echo.method, 'POST');
    assert.equal(echo.headers['x-order'], 'o-9');
    assert.deepEqual(JSON.parse(echo.body), { qty: 2 });
    assert.equal(run.output?.['status'], 200);
  });

  void it("fails on a non-2xx answer with Conductor's RestTemplate reason (status line and body)", async () => {
    const run = await runToEnd(h, 'st_http_call', { uri: `${loopback.base}/missing`, method: 'GET' });
    assert.equal(run.status, 'FAILED');
    const call = taskOf(run, 'call');
    assert.equal(call.status, 'FAILED');
    assert.match(call.reasonForIncompletion ?? '', /^Failed to invoke HTTP task due to: .*404 Not Found: .*nope/);
  });

  void it('fails with a reason when nothing listens at the URI', async () => {
    const run = await runToEnd(h, 'st_http_call', { uri: `http://127.0.0.1:${await closedPort()}/`, method: 'GET' });
    assert.equal(run.status, 'FAILED');
    assert.ok((taskOf(run, 'call').reasonForIncompletion ?? '').length > 0);
  });

  void it('fails when the answer takes longer than readTimeOut', async () => {
    const run = await runToEnd(h, 'st_http_call', { uri: `${loopback.base}/slow`, method: 'GET', readTimeOut: 200 });
    assert.equal(run.status, 'FAILED');
    assert.match(taskOf(run, 'call').reasonForIncompletion ?? '', /time/i);
  });

  void it('with asyncComplete stays IN_PROGRESS after the call until an update completes it', async () => {
    const id = await start(h, 'st_http_async_complete', { uri: `${loopback.base}/echo` });
    const called = (run: { tasks?: { referenceTaskName?: string; outputData?: Record<string, unknown> }[] }) =>
      (run.tasks ?? []).some((t) => t.referenceTaskName === 'submit' && t.outputData?.['response'] !== undefined);
    const waiting = await settle(h, id, called);
    const submit = taskOf(waiting, 'submit');
    assert.equal(submit.status, 'IN_PROGRESS');
    assert.equal(responseOf(submit.outputData ?? {}).statusCode, 200);
    const result = {
      workflowInstanceId: id,
      taskId: submit.taskId,
      status: 'COMPLETED',
      outputData: { result: 'done' },
    };
    assert.equal((await h.call('POST', '/api/tasks', result)).status, 200);
    const run = await settle(h, id);
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { result: 'done' });
  });
});
