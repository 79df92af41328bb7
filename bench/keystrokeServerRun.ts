/**
 * The server half of the keystroke benchmark: bundle the language server from the current sources, start it with
 * the given node flags, type every keystroke one at a time and time each until its diagnostics arrive.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { KeystrokeScript } from './keystrokeEdits';
import { leavesInvalid } from './keystrokeEdits';
import type { EditKind } from './keystrokeEdits';
import { ServerSession } from './keystrokeServer';
import { SHIPPED_BUILD_OPTIONS } from './shippedBuildOptions';

/** How the server series run. */
export interface ServerRunOptions {
  readonly edits: number;
  readonly warmup: number;
  /** The bundled server to start. */
  readonly serverJs: string;
  /** One server per entry, each with these node/V8 flags (e.g. `--max-semi-space-size=64`, `--cpu-prof`). */
  readonly flagSets: readonly (readonly string[])[];
}

/** Per-keystroke wall times (all, and by kind) and the server's mean CPU time per keystroke. */
export interface ServerTimes {
  readonly all: number[];
  readonly byKind: Map<EditKind, number[]>;
  cpuPerEdit: number;
}

/** Bundles the language server as esbuild.mjs does, so the run measures the current sources in shipped form. */
export async function bundleServer(dir: string): Promise<string> {
  const outfile = join(dir, 'server.js');
  await build({
    entryPoints: [join(__dirname, '..', 'server', 'src', 'main.ts')],
    outfile,
    ...SHIPPED_BUILD_OPTIONS,
  });
  return outfile;
}

/**
 * Opens `workflow` (valid) as `folder/bench.workflow.json` in one server per flag set and times every keystroke in
 * each. The servers take turns keystroke by keystroke (never at the same time), so a change in the machine's load
 * during the run affects every series alike and their comparison stays fair.
 */
export async function timeServers(options: ServerRunOptions, folder: string, workflow: string): Promise<ServerTimes[]> {
  const uri = pathToFileURL(join(folder, 'bench.workflow.json')).href;
  const sessions: ServerSession[] = [];
  try {
    for (const flags of options.flagSets) {
      const { session, diagnostics } = await ServerSession.start(options.serverJs, flags, folder, uri, workflow);
      sessions.push(session);
      if (diagnostics.length)
        throw new Error(`The document must open valid, but got: ${JSON.stringify(diagnostics[0])}`);
    }
    return await typeInto(sessions, options, uri, workflow);
  } finally {
    for (const session of sessions) await session.stop();
  }
}

async function typeInto(sessions: ServerSession[], options: ServerRunOptions, uri: string, workflow: string) {
  const script = new KeystrokeScript(uri, workflow);
  const times: ServerTimes[] = sessions.map(() => ({ all: [], byKind: new Map(), cpuPerEdit: 0 }));
  const cpuStart: number[] = [];
  for (let i = 0; i < options.warmup + options.edits; i++) {
    if (i === options.warmup) cpuStart.push(...sessions.map((session) => session.cpuMs()));
    const { kind, change } = script.next();
    for (const [n, session] of sessions.entries()) {
      const start = performance.now();
      const diagnostics = await session.change(script.version(), change);
      const elapsed = performance.now() - start;
      checkFresh(kind, diagnostics.length, script.version());
      const series = times[n];
      if (i < options.warmup || !series) continue;
      series.all.push(elapsed);
      series.byKind.set(kind, [...(series.byKind.get(kind) ?? []), elapsed]);
    }
  }
  for (const [n, session] of sessions.entries()) {
    const series = times[n];
    if (series) series.cpuPerEdit = (session.cpuMs() - (cpuStart[n] ?? 0)) / Math.max(1, options.edits);
  }
  return times;
}

/** Diagnostics that do not match the edit would mean the timing was of stale or wrong work: stop the run. */
function checkFresh(kind: EditKind, count: number, version: number): void {
  if (count > 0 === leavesInvalid(kind)) return;
  throw new Error(`Version ${version} ('${kind}') got ${count} diagnostics, which does not fit the edit`);
}
