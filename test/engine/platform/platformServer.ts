/**
 * Starts the platform part of the engine (metadata, event and health routes on a real store and a real HTTP
 * server on 127.0.0.1, free port) for tests, and gives small request helpers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerEventRoutes } from '../../../engine/src/api/events';
import { registerHealthRoutes } from '../../../engine/src/api/health';
import { registerMetadataRoutes } from '../../../engine/src/api/metadata';
import { createRouter } from '../../../engine/src/http';
import { openStore } from '../../../engine/src/store';
import type { Store } from '../../../engine/src/store';

/** A running platform server. */
export interface PlatformServer {
  readonly url: string;
  readonly store: Store;
  /** Sends a request; a non-string body is sent as JSON. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'engine-platform-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens a store in a temp dir and serves the platform routes on it. */
export async function startPlatformServer(): Promise<PlatformServer> {
  const temp = tempDir();
  const store = openStore({ dataDir: temp.dir, durability: 'process' });
  const router = createRouter({ maxBodyBytes: 1024 * 1024 });
  registerMetadataRoutes(router, store);
  registerEventRoutes(router, store);
  registerHealthRoutes(router);
  const server = await router.listen(0);
  return {
    url: server.url,
    store,
    call: (method, path, body) => {
      const init: RequestInit = { method };
      if (typeof body === 'string') init.body = body;
      else if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers = { 'Content-Type': 'application/json' };
      }
      return fetch(`${server.url}${path}`, init);
    },
    close: async () => {
      await server.close();
      store.close();
      temp.remove();
    },
  };
}
