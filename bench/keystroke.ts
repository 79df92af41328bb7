/**
 * Keystroke latency (issue 4): edit the generated 2,000-task workflow through the real language server process and
 * time each keystroke from sending `textDocument/didChange` to receiving the `publishDiagnostics` for that version.
 * The server has no debounce (its diagnostics flush on the next event-loop turn), so nothing is added or subtracted.
 * Baseline in the same run: vscode-json-languageservice re-parsing and validating each version in-process.
 * Target: p95 < 30 ms. Usage: node --import tsx bench/keystroke.ts [--edits 200] [--warmup 30] [--cpu-prof]
 * [--server dist/server.js] (default: bundle the current sources with esbuild into a temporary directory).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createWorkspaceIndex } from '../server/src/service';
import { KeystrokeScript } from './keystrokeEdits';
import type { EditKind } from './keystrokeEdits';
import { coreValidator, jsonLanguageServiceValidator, timeInProcess } from './keystrokeInProcess';
import { ServerSession } from './keystrokeServer';
import { formatLatencyTable, latencyRow } from './keystrokeStats';
import type { LatencyRow } from './keystrokeStats';
import { generateBenchDocument } from './generateWorkflow';
import { createJsonLanguageService } from './jsonLanguageService';

const TARGET_P95_MS = 30;

interface Options {
  readonly edits: number;
  readonly warmup: number;
  readonly cpuProf: boolean;
  readonly server: string | undefined;
}

function parseOptions(args: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const count = (flag: string, fallback: number): number => {
    const parsed = Number(value(flag) ?? fallback);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a whole number, got ${value(flag)}`);
    return parsed;
  };
  return {
    edits: count('--edits', 200),
    warmup: count('--warmup', 30),
    cpuProf: args.includes('--cpu-prof'),
    server: value('--server'),
  };
}

/** Bundles the language server as esbuild.mjs does, so the run measures the current sources in shipped form. */
async function bundleServer(dir: string): Promise<string> {
  const outfile = join(dir, 'server.js');
  await build({
    entryPoints: [join(__dirname, '..', 'server', 'src', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    mainFields: ['module', 'main'],
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return outfile;
}

/** Types every keystroke into the server, one at a time, timing each until its diagnostics arrive. */
async function timeServer(options: Options, folder: string, workflow: string) {
  const serverJs = options.server ?? (await bundleServer(folder));
  const nodeFlags = options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', process.cwd()] : [];
  const uri = pathToFileURL(join(folder, 'bench.workflow.json')).href;
  const { session, diagnostics } = await ServerSession.start(serverJs, nodeFlags, folder, uri, workflow);
  try {
    if (diagnostics.length) throw new Error(`The document must open valid, but got: ${JSON.stringify(diagnostics[0])}`);
    const script = new KeystrokeScript(uri, workflow);
    const byKind = new Map<EditKind, number[]>();
    const all: number[] = [];
    let cpuStart = 0;
    for (let i = 0; i < options.warmup + options.edits; i++) {
      if (i === options.warmup) cpuStart = session.cpuMs();
      const { kind, change } = script.next();
      const start = performance.now();
      await session.change(script.version(), change);
      const elapsed = performance.now() - start;
      if (i < options.warmup) continue;
      all.push(elapsed);
      byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    }
    const cpuPerEdit = (session.cpuMs() - cpuStart) / Math.max(1, options.edits);
    return { all, byKind, cpuPerEdit };
  } finally {
    await session.stop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const bench = generateBenchDocument();
  const folder = mkdtempSync(join(tmpdir(), 'conductor-keystroke-'));
  try {
    writeFileSync(join(folder, 'bench.taskdef.json'), bench.taskDefs);
    writeFileSync(join(folder, 'bench.workflow.json'), bench.workflow);
    const server = await timeServer(options, folder, bench.workflow);
    const uri = pathToFileURL(join(folder, 'bench.workflow.json')).href;
    const service = createJsonLanguageService(join(__dirname, '..', 'schemas'));
    const baseline = await timeInProcess(bench.workflow, uri, options, jsonLanguageServiceValidator(service));
    const index = createWorkspaceIndex([{ uri: 'bench.taskdef.json', text: bench.taskDefs }]);
    const core = await timeInProcess(bench.workflow, uri, options, coreValidator({ uri, index, log: console.error }));
    const rows: LatencyRow[] = [
      latencyRow('vscode-json-languageservice, in-process (baseline)', baseline),
      latencyRow('our server: didChange → publishDiagnostics', server.all),
      ...[...server.byKind].map(([kind, times]) => latencyRow(`  server, ${kind}`, times)),
      latencyRow('our core alone, in-process (parse + validate)', core),
    ];
    report(rows, options, server.cpuPerEdit, bench);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function report(
  rows: LatencyRow[],
  options: Options,
  cpuPerEdit: number,
  bench: ReturnType<typeof generateBenchDocument>,
) {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(`Document: ${(bench.workflow.length / 1e6).toFixed(2)} MB, ${bench.taskCount} tasks, incremental sync`);
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load ${load}`,
  );
  console.log(
    `${options.edits} measured keystrokes after ${options.warmup} warm-up ones; wall-clock ms per keystroke\n`,
  );
  console.log(formatLatencyTable(rows));
  const server = rows[1];
  console.log(`\nServer CPU time per keystroke (mean, /proc): ${cpuPerEdit.toFixed(1)} ms. Debounce: none.`);
  const verdict = server && server.p95 < TARGET_P95_MS ? 'meets' : 'MISSES';
  console.log(`Server p95 ${server?.p95.toFixed(1)} ms: ${verdict} the target of p95 < ${TARGET_P95_MS} ms.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
