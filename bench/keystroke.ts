/**
 * Keystroke latency (issue 4): edit the generated 2,000-task workflow through the real language server process and
 * time each keystroke from sending `textDocument/didChange` to receiving the `publishDiagnostics` for that version.
 * The server has no debounce (its diagnostics flush on the next event-loop turn), so nothing is added or subtracted.
 * The server runs with the node flags the extension ships (`SERVER_NODE_FLAGS`); a second server with other flags
 * (default: node's defaults) takes turns with it for comparison. Baseline in the same run: vscode-json-languageservice
 * re-parsing and validating each version in-process. Target: p95 < 30 ms. Usage: node --import tsx bench/keystroke.ts
 * [--edits 200] [--warmup 30] [--compare-flags "<node flags>" | none] [--cpu-prof [--cpu-prof-dir DIR]]
 * [--server dist/server.js] (default: bundle the current sources with esbuild into a temporary directory).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server/src/serverFlags';
import { createWorkspaceIndex } from '../server/src/service';
import { coreValidator, jsonLanguageServiceValidator, timeInProcess } from './keystrokeInProcess';
import { bundleServer, timeServers } from './keystrokeServerRun';
import type { ServerTimes } from './keystrokeServerRun';
import { formatLatencyTable, latencyRow } from './keystrokeStats';
import type { LatencyRow } from './keystrokeStats';
import { generateBenchDocument } from './generateWorkflow';
import { createJsonLanguageService } from './jsonLanguageService';

const TARGET_P95_MS = 30;

interface Options {
  readonly edits: number;
  readonly warmup: number;
  /** Node flags of a second server series, typed into in turn with the shipped one; undefined: no second series. */
  readonly compareFlags: readonly string[] | undefined;
  /** Node flags that profile the servers (`--cpu-prof [--cpu-prof-dir DIR]`, default directory: the current one). */
  readonly profileFlags: readonly string[];
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
  const compare = value('--compare-flags') ?? '';
  const profileDir = value('--cpu-prof-dir') ?? process.cwd();
  return {
    edits: count('--edits', 200),
    warmup: count('--warmup', 30),
    compareFlags: compare === 'none' ? undefined : compare.split(' ').filter(Boolean),
    profileFlags: args.includes('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    server: value('--server'),
  };
}

/** One table section per server series: all keystrokes, then each kind. */
function serverRows(label: string, times: ServerTimes): LatencyRow[] {
  const kinds = [...times.byKind].map(([kind, values]) => latencyRow(`↳ ${kind}`, values));
  return [latencyRow(label, times.all), ...kinds];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const bench = generateBenchDocument();
  const folder = mkdtempSync(join(tmpdir(), 'conductor-keystroke-'));
  try {
    writeFileSync(join(folder, 'bench.taskdef.json'), bench.taskDefs);
    writeFileSync(join(folder, 'bench.workflow.json'), bench.workflow);
    const serverJs = options.server ?? (await bundleServer(folder));
    const flagSets = options.compareFlags ? [SERVER_NODE_FLAGS, options.compareFlags] : [SERVER_NODE_FLAGS];
    const labels = flagSets.map((flags, n) => `${n === 0 ? 'as shipped: ' : ''}${flags.join(' ') || 'node defaults'}`);
    const flagged = flagSets.map((flags) => [...options.profileFlags, ...flags]);
    const times = await timeServers({ ...options, serverJs, flagSets: flagged }, folder, bench.workflow);
    const servers = times.map((series, n): [string, ServerTimes] => [labels[n] ?? '', series]);
    const uri = pathToFileURL(join(folder, 'bench.workflow.json')).href;
    const service = createJsonLanguageService(join(__dirname, '..', 'schemas'));
    const baseline = await timeInProcess(bench.workflow, uri, options, jsonLanguageServiceValidator(service));
    const index = createWorkspaceIndex([{ uri: 'bench.taskdef.json', text: bench.taskDefs }]);
    const core = await timeInProcess(bench.workflow, uri, options, coreValidator({ uri, index, log: console.error }));
    const rows: LatencyRow[] = [
      latencyRow('vscode-json-languageservice, in-process (baseline)', baseline),
      ...servers.flatMap(([flags, times]) => serverRows(`our server (${flags}): didChange → diagnostics`, times)),
      latencyRow('our core alone, in-process (parse + validate)', core),
    ];
    report(rows, options, servers, bench.workflow.length);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function report(rows: LatencyRow[], options: Options, servers: [string, ServerTimes][], size: number): void {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
  console.log(`Document: ${(size / 1e6).toFixed(2)} MB, 2,000 tasks, incremental sync. Machine: ${machine}`);
  console.log(`${options.edits} keystrokes after ${options.warmup} warm-up ones, wall ms; load average ${load}\n`);
  console.log(formatLatencyTable(rows));
  console.log('\nDebounce: none (diagnostics flush on the next event-loop turn).');
  for (const [flags, times] of servers) {
    const p95 = latencyRow(flags, times.all).p95;
    const verdict = p95 < TARGET_P95_MS ? 'meets' : 'MISSES';
    console.log(
      `Server (${flags}): ${times.cpuPerEdit.toFixed(1)} ms CPU per keystroke (mean, /proc); p95 ${p95.toFixed(1)} ms ${verdict} the target of < ${TARGET_P95_MS} ms.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
