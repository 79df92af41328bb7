/**
 * Shared pieces of the client tests: JSON fixtures of `fixtures/`, an in-process engine with a ConductorClient on
 * it, and a loopback fake server for the failure modes the real engine cannot produce (HTML 500s, slowness, Orkes
 * tokens). The fake records every request so tests can assert what went over the wire.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../engine/src/engine';
import { ConductorClient } from '../../client/src/api';

/** Reads a JSON fixture of this folder. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

/** An in-memory engine on 127.0.0.1 and a client for it. */
export interface EngineClient {
  engine: Engine;
  client: ConductorClient;
}

/** Starts an in-memory engine on a free port; `engine.close()` ends it. */
export async function startEngineClient(): Promise<EngineClient> {
  const engine = await createEngine({ port: 0, log: () => undefined });
  return { engine, client: new ConductorClient({ profile: 'Local', baseUrl: `${engine.url}/api` }) };
}

/** One request the fake server received. */
export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A loopback HTTP server answering with `handler`. */
export interface FakeServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** Answers every request with `handler(request, response)` after reading the body. */
export async function startFakeServer(
  handler: (request: Recorded, response: ServerResponse) => void | Promise<void>,
): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      void Promise.resolve(handler(recorded, res)).catch((error: unknown) => res.destroy(error as Error));
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON answer. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}
