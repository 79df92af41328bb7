import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MISSING_METHOD, MISSING_URI, executeHttpTask } from '../../../engine/src/httpTask';
import { startLoopbackServer } from './loopbackServer';

let base: string;
let close: () => Promise<void>;
before(async () => {
  ({ base, close } = await startLoopbackServer());
});
after(async () => close());

void describe('§1.11 HTTP task: failures', () => {
  void it('fails a 404 with the body in the reason, worded as Conductor (RestTemplate) words it', async () => {
    const outcome = await executeHttpTask({ uri: `${base}/missing`, method: 'GET' });
    const text = 'java.lang.Exception: 404 Not Found: "{"error":"nope"}"';
    assert.deepEqual(outcome, {
      status: 'FAILED',
      output: { response: text },
      reasonForIncompletion: `Failed to invoke HTTP task due to: ${text}`,
    });
  });
  void it('fails a 500 and shows line breaks of the body as <LF>', async () => {
    const outcome = await executeHttpTask({ uri: `${base}/boom`, method: 'GET' });
    assert.equal(outcome.status, 'FAILED');
    assert.match(outcome.reasonForIncompletion ?? '', /: 500 Internal Server Error: "it broke<LF>badly"$/);
  });
  void it('fails a slow server at readTimeOut', async () => {
    const started = Date.now();
    const outcome = await executeHttpTask({ uri: `${base}/slow`, method: 'GET', readTimeOut: 200 });
    assert.equal(
      outcome.reasonForIncompletion,
      `Failed to invoke HTTP task due to: java.lang.Exception: I/O error on GET request for "${base}/slow": Read timed out`,
    );
    assert.ok(Date.now() - started < 1200);
  });
  void it('fails a refused connection with a clear reason', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await executeHttpTask({ uri: `http://127.0.0.1:${port}/x`, method: 'POST', body: {} });
    assert.equal(outcome.status, 'FAILED');
    assert.match(
      outcome.reasonForIncompletion ?? '',
      /I\/O error on POST request for "http:\/\/127\.0\.0\.1:\d+\/x": Connection refused$/,
    );
  });
  void it("uses Conductor's messages for a missing URI or method", async () => {
    assert.equal((await executeHttpTask({ method: 'GET' })).reasonForIncompletion, MISSING_URI);
    assert.equal(MISSING_URI, 'Missing HTTP URI.  See documentation for HttpTask for required input parameters');
    assert.equal((await executeHttpTask({ http_request: { uri: base } })).reasonForIncompletion, MISSING_METHOD);
  });
  void it('fails bad input clearly: a non-numeric timeout, an unsupported scheme, an invalid URI', async () => {
    const badTimeout = await executeHttpTask({ uri: base, method: 'GET', readTimeOut: '3s' });
    assert.equal(badTimeout.reasonForIncompletion, `'readTimeOut' must be a whole number of milliseconds, got "3s"`);
    const ftp = await executeHttpTask({ uri: 'ftp://127.0.0.1/x', method: 'GET' });
    assert.match(ftp.reasonForIncompletion ?? '', /unsupported URI scheme 'ftp:'/);
    const invalid = await executeHttpTask({ uri: 'not a uri', method: 'GET' });
    assert.match(invalid.reasonForIncompletion ?? '', /I\/O error on GET request for "not a uri": Invalid URL/);
  });
});
