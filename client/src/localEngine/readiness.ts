/**
 * Start-up and shut-down waits for the engine child, each bounded: the URL line the engine prints
 * ("Conductor engine listening on http://…", engine/src/main.ts), then `/health`; SIGTERM, then SIGKILL.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { RecentLines } from './lineReader';

const URL_LINE = /listening on (http:\/\/\S+)/;
const HEALTH_ATTEMPT_MS = 1_000;

function failure(message: string, recent: RecentLines): Error {
  const lines = recent.all();
  const tail = lines.length > 0 ? `\nLast output:\n${lines.join('\n')}` : ' It printed nothing.';
  return new Error(`${message}${tail}`);
}

/** Describes how a child exited, for messages. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${String(code)}`;
}

/** The URL once the child prints it and `/health` answers; rejects on exit, spawn error, timeout or `cancel`. */
export async function waitUntilReady(
  child: ChildProcess,
  recent: RecentLines,
  timeoutMs: number,
  cancel?: AbortSignal,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onCancel = (): void => controller.abort();
  cancel?.addEventListener('abort', onCancel);
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(failure(`Could not start the local engine: ${error.message}.`, recent)));
    child.once('exit', (code, signal) => {
      reject(failure(`The local engine ${describeExit(code, signal)} while starting.`, recent));
    });
  });
  exited.catch(() => undefined);
  try {
    if (cancel?.aborted) throw new Error('cancelled');
    return await Promise.race([exited, announcedAndHealthy(child, recent, deadline, controller.signal)]);
  } catch (error) {
    // Never leave a half-started engine behind: it would hold the data directory.
    child.kill('SIGKILL');
    if (cancel?.aborted) throw new Error('The local engine start was cancelled.', { cause: error });
    if (controller.signal.aborted) {
      throw failure(`The local engine did not become ready within ${timeoutMs / 1000} s.`, recent);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
    controller.abort();
  }
}

async function announcedAndHealthy(
  child: ChildProcess,
  recent: RecentLines,
  deadline: number,
  signal: AbortSignal,
): Promise<string> {
  const url = await announcedUrl(child, recent, signal);
  while (!signal.aborted) {
    const attempt = AbortSignal.any([
      signal,
      AbortSignal.timeout(Math.max(1, Math.min(HEALTH_ATTEMPT_MS, deadline - Date.now()))),
    ]);
    try {
      const response = await fetch(`${url}/health`, { signal: attempt });
      if (response.ok) return url;
      await response.body?.cancel();
    } catch {
      // Not serving yet (or this attempt timed out): try again until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('aborted');
}

/** Resolves with the URL from the engine's "listening on" line; the line may already be in `recent`. */
async function announcedUrl(child: ChildProcess, recent: RecentLines, signal: AbortSignal): Promise<string> {
  for (;;) {
    for (const line of recent.all()) {
      const match = URL_LINE.exec(line);
      if (match?.[1]) return match[1];
    }
    await once(child.stdout ?? child, 'data', { signal });
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child has exited. */
export async function waitForExit(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
