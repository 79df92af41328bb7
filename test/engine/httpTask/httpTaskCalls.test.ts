import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { executeHttpTask } from '../../../engine/src/httpTask';
import { responseOf, startLoopbackServer, type Echo } from './loopbackServer';

let base: string;
let close: () => Promise<void>;
before(async () => {
  ({ base, close } = await startLoopbackServer());
});
after(async () => close());

void describe('§1.11 HTTP task: successful calls', () => {
  void it('GETs JSON through http_request and outputs body, headers, statusCode and reasonPhrase', async () => {
    const outcome = await executeHttpTask({ http_request: { uri: `${base}/echo`, method: 'GET' } });
    assert.equal(outcome.status, 'COMPLETED');
    const response = responseOf(outcome.output);
    assert.equal(response.statusCode, 200);
    assert.equal(response.reasonPhrase, 'OK');
    assert.deepEqual(response.headers['Content-Type'], ['application/json']);
    assert.deepEqual(response.headers['X-Trace'], ['a', 'b']);
    const echo = response.body as Echo;
    assert.equal(echo.method, 'GET');
    assert.equal(echo.headers['content-type'], 'application/json');
    assert.equal(echo.headers['accept'], 'application/json');
  });
  void it('POSTs a JSON body with custom headers, accept list and contentType', async () => {
    const outcome = await executeHttpTask({
      http_request: {
        uri: `${base}/echo`,
        method: 'POST',
        body: { n: 1, s: 'ü' },
        headers: { 'X-Id': 7, 'X-None': null },
        accept: ['application/json', 'text/plain'],
      },
    });
    const echo = responseOf(outcome.output).body as Echo;
    assert.equal(echo.method, 'POST');
    assert.deepEqual(JSON.parse(echo.body), { n: 1, s: 'ü' });
    assert.equal(echo.headers['x-id'], '7');
    assert.equal(echo.headers['x-none'], undefined);
    assert.equal(echo.headers['accept'], 'application/json, text/plain');
  });
  void it('reads uri/method from the top-level input and sends a string body as is', async () => {
    const outcome = await executeHttpTask({
      uri: `${base}/echo`,
      method: 'PUT',
      body: 'raw text',
      contentType: 'text/plain',
    });
    const echo = responseOf(outcome.output).body as Echo;
    assert.deepEqual([echo.method, echo.body, echo.headers['content-type']], ['PUT', 'raw text', 'text/plain']);
  });
  void it('keeps text bodies as text, numbers as numbers, and no body as null', async () => {
    const text = await executeHttpTask({ uri: `${base}/text`, method: 'GET' });
    assert.equal(responseOf(text.output).body, 'plain words');
    const number = await executeHttpTask({ uri: `${base}/number`, method: 'GET' });
    assert.equal(responseOf(number.output).body, 42.5);
    const empty = await executeHttpTask({ uri: `${base}/empty`, method: 'DELETE' });
    assert.deepEqual(
      [empty.status, responseOf(empty.output).body, responseOf(empty.output).statusCode],
      ['COMPLETED', null, 204],
    );
  });
  void it('follows a redirect and stays IN_PROGRESS with asyncComplete', async () => {
    const outcome = await executeHttpTask({ uri: `${base}/moved`, method: 'GET', asyncComplete: true });
    assert.equal(outcome.status, 'IN_PROGRESS');
    assert.equal((responseOf(outcome.output).body as Echo).method, 'GET');
  });
});
