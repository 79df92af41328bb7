import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MISSING_METHOD, MISSING_URI, executeHttpTask } from '../../../engine/src/httpTask';

/** A loopback server whose routes echo requests, answer with fixed bodies, fail, redirect or stall. */
function route(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
  const path = req.url ?? '';
  if (path === '/echo') {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Trace', ['a', 'b']);
    res.end(JSON.stringify({ method: req.method, headers: req.headers, body }));
  } else if (path === '/text') res.end('plain words');
  else if (path === '/number') res.end('42.5');
  else if (path === '/empty') res.writeHead(204).end();
  else if (path === '/missing') res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"nope"}');
  else if (path === '/boom') res.writeHead(500).end('it broke\nbadly');
  else if (path === '/moved') res.writeHead(302, { Location: '/echo' }).end();
  else if (path === '/slow') setTimeout(() => res.end('late'), 1500).unref();
  else res.writeHead(400).end();
}

let server: http.Server;
let base: string;
before(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => route(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

type Echo = { method: string; headers: Record<string, string>; body: string };
function responseOf(output: Record<string, unknown>): {
  body: unknown;
  headers: Record<string, string[]>;
  statusCode: number;
  reasonPhrase: string;
} {
  return output['response'] as never;
}

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
