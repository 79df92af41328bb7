/**
 * Test harness for events and schedules: a real engine on 127.0.0.1 (free port, temp data dir) whose log lines are
 * kept, a JSON HTTP client, and `waitFor`, which re-checks a condition after each engine change (bounded, no
 * fixed sleeps).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../../engine/src/engine';

/** One HTTP answer. */
export interface Answer {
  status: number;
  text: string;
  json: unknown;
}

/** A started engine, its client and its log. */
export interface EventsHarness {
  engine: Engine;
  logs: string[];
  call(method: string, path: string, body?: unknown): Promise<Answer>;
  close(): Promise<void>;
}

/** Reads a JSON fixture of `test/engine/events/fixtures`. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

/** Starts an engine on a fresh data dir. */
export async function startEngine(): Promise<EventsHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'engine-events-'));
  const logs: string[] = [];
  const engine = await createEngine({ dataDir, log: (line) => logs.push(line) });
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
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
    return { status: response.status, text, json };
  };
  const close = async (): Promise<void> => {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { engine, logs, call, close };
}

/**
 * Resolves with the first defined value of `probe`, re-checking after every workflow or queue change of the engine
 * and at least every 100 ms; rejects after `timeoutMs`.
 */
export async function waitFor<T>(h: EventsHarness, probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not reached within ${timeoutMs} ms`);
    await new Promise<void>((resolve) => {
      const events = h.engine.executor.events;
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
