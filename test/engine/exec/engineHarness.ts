/**
 * Test harness: a real engine on 127.0.0.1 (free port, temp data dir) and a tiny HTTP client returning status,
 * content type and body. Fixtures are read from `fixtures/`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../../engine/src/engine';

/** One HTTP answer. */
export interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
}

/** A started engine plus its client. */
export interface Harness {
  engine: Engine;
  dataDir: string;
  call(method: string, path: string, body?: unknown, raw?: boolean): Promise<Answer>;
  close(): Promise<void>;
}

/** Reads a JSON fixture of this folder. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

/** Starts an engine on a fresh data dir; its log lines go to `log` (dropped by default). */
export async function startHarness(log: (line: string) => void = () => undefined): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'engine-exec-'));
  const engine = await createEngine({ dataDir, durability: 'process', log });
  const call = async (method: string, path: string, body?: unknown, raw = false): Promise<Answer> => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = raw && typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'Content-Type': 'application/json' };
    }
    const response = await fetch(`${engine.url}${path}`, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      json = undefined;
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
  };
  return {
    engine,
    dataDir,
    call,
    close: async () => {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves with the first defined value of `probe`, re-checking after every workflow or queue change of the engine
 * and at least every 100 ms; rejects after `timeoutMs`.
 */
export async function until<T>(harness: Harness, probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not reached within ${timeoutMs} ms`);
    await new Promise<void>((resolve) => {
      const events = harness.engine.executor.events;
      const done = (): void => {
        clearTimeout(timer);
        events.off('workflow', done);
        events.off('queue', done);
        resolve();
      };
      const timer = setTimeout(done, 100);
      events.on('workflow', done);
      events.on('queue', done);
    });
  }
}
