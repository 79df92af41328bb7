/**
 * Starts and stops the HTTP server for a request handler.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash, no `/api`). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Stops accepting connections, drops idle keep-alive ones and resolves when the server is closed. */
  close(): Promise<void>;
}

/** Listens on `host:port` (0 = a free port) and resolves once bound; rejects with a clear message otherwise. */
export function listenOn(
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  port: number,
  host: string,
): Promise<RunningServer> {
  const server = createServer((request, response) => void handle(request, response));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(`Could not listen on ${host}:${port}: ${error.code ?? error.message}. Choose another --port.`));
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${hostPart}:${address.port}`,
        port: address.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
