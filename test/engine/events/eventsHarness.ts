/**
 * Test harness for events and schedules: a real engine on 127.0.0.1 (free port, temp data dir) whose log lines are
 * kept, a JSON HTTP client, and `until`, which re-checks a condition after each engine change (bounded, no
 * fixed sleeps).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, type Harness } from '../exec/engineHarness';

export { until } from '../exec/engineHarness';

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
