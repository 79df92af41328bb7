/**
 * Test harness for events and schedules: a real engine on 127.0.0.1 (free port, temp data dir) whose log lines are
 * kept, a JSON HTTP client, and `waitFor`, which re-checks a condition after each engine change (bounded, no
 * fixed sleeps).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, type Harness } from '../exec/engineHarness';

/** A started engine, its client (see ../exec/engineHarness.ts) and its log. */
export interface EventsHarness extends Harness {
  logs: string[];
}

/** Reads a JSON fixture of `test/engine/events/fixtures`. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

/** Starts an engine on a fresh data dir, keeping its log lines. */
export async function startEngine(): Promise<EventsHarness> {
  const logs: string[] = [];
  return { ...(await startHarness((line) => logs.push(line))), logs };
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
