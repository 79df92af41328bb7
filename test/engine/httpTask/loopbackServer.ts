/**
 * A real HTTP server on 127.0.0.1 (random port) for the HTTP task tests: routes echo requests, answer with fixed
 * bodies, fail, redirect or stall.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** Starts the server; `close` ends it and every open connection. */
export async function startLoopbackServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => route(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close };
}

/** What `/echo` answers: the request as the server saw it. */
export type Echo = { method: string; headers: Record<string, string>; body: string };
/** The `response` output of a completed call. */
export function responseOf(output: Record<string, unknown>): {
  body: unknown;
  headers: Record<string, string[]>;
  statusCode: number;
  reasonPhrase: string;
} {
  return output['response'] as never;
}
