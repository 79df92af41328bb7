/**
 * Before/after for the validation core on a shared machine: the current sources and those of an earlier git
 * revision validate the same generated 2,000-task workflow in one process, run by run in turn, next to
 * `JSON.parse`, so a change in the machine's load hits both alike. Bundled and minified like the shipped server,
 * and run under node's defaults and under the shipped server's flags. Usage:
 * `node --import tsx bench/validateCompare.ts [--base <git revision>] [--runs N]` (default base: HEAD).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SERVER_NODE_FLAGS } from '../server/src/serverFlags';
import { SHIPPED_BUILD_OPTIONS } from './shippedBuildOptions';

const ROOT = join(__dirname, '..');

/** The measuring program, bundled with both source trees (`BASE` and `CURRENT` are replaced by their paths). */
const RUNNER = `
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as current from 'CURRENT/server/src/service';
import { forgetAnalyses as forgetCurrent } from 'CURRENT/server/src/service/model/workflowModel';
import * as base from 'BASE/server/src/service';
import { forgetAnalyses as forgetBase } from 'BASE/server/src/service/model/workflowModel';
import { generateBenchDocument } from 'CURRENT/bench/generateWorkflow';
const runs = Number(process.argv[2]);
const bench = generateBenchDocument();
const text = bench.workflow;
const edited = text.replace('"description": "Step task_7 of', '"description": "Step task_7 (edited) of');
const cpu = (run) => { const start = process.cpuUsage(); run(); const used = process.cpuUsage(start); return (used.user + used.system) / 1000; };
const series = (core, forget) => {
  const index = core.createWorkspaceIndex([{ uri: 'bench.taskdef.json', text: bench.taskDefs }]);
  const context = { uri: 'bench.workflow.json', index };
  const once = (source) => {
    const found = core.validate(TextDocument.create('file:///b.workflow.json', 'json', 1, source), core.parseDocument(source), context);
    if (found.length > 0) throw new Error('the bench document must stay valid: ' + found[0].message);
  };
  // The cold run before a warm one forgets everything, so the warm run first replays an edit unmeasured: in the
  // editor the previous keystroke has always been validated already.
  return { cold: { run: () => { forget(); once(text); } }, warm: { prepare: () => once(edited), run: () => once(text) } };
};
const rows = { 'JSON.parse': { run: () => JSON.parse(text) } };
for (const [name, core, forget] of [['base', base, forgetBase], ['current', current, forgetCurrent]]) {
  const { cold, warm } = series(core, forget);
  rows[name + ' cold'] = cold;
  rows[name + ' warm (one-string edit)'] = warm;
}
const samples = Object.fromEntries(Object.keys(rows).map((label) => [label, []]));
for (let i = 0; i < runs + 5; i++) {
  for (const [label, { prepare, run }] of Object.entries(rows)) {
    prepare?.();
    const ms = cpu(run);
    if (i >= 5) samples[label].push(ms);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const parse = median(samples['JSON.parse']);
console.log('| series | CPU ms (median) | min | × JSON.parse (median) |\\n| --- | ---: | ---: | ---: |');
for (const [label, values] of Object.entries(samples)) {
  console.log('| ' + label + ' | ' + median(values).toFixed(2) + ' | ' + Math.min(...values).toFixed(2) + ' | ' + (median(values) / parse).toFixed(2) + ' |');
}
`;

async function main(): Promise<void> {
  const option = (flag: string): string | undefined => process.argv[process.argv.indexOf(flag) + 1];
  const revision = process.argv.includes('--base') ? (option('--base') ?? 'HEAD') : 'HEAD';
  const runs = process.argv.includes('--runs') ? Number(option('--runs')) || 40 : 40;
  const dir = mkdtempSync(join(tmpdir(), 'conductor-compare-'));
  try {
    const baseTree = join(dir, 'base');
    const archive = execFileSync('git', [
      '-C',
      ROOT,
      'archive',
      '--format=tar',
      revision,
      'server',
      'common',
      'schemas',
      'tsconfig.base.json',
    ]);
    mkdirSync(baseTree, { recursive: true });
    execFileSync('tar', ['-x', '-C', baseTree], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(baseTree, 'node_modules'));
    const entry = join(dir, 'runner.js');
    writeFileSync(entry, RUNNER.replaceAll('CURRENT/', `${ROOT}/`).replaceAll('BASE/', `${baseTree}/`));
    const outfile = join(dir, 'runner.cjs');
    await build({
      entryPoints: [entry],
      outfile,
      ...SHIPPED_BUILD_OPTIONS,
      minify: true,
      nodePaths: [join(ROOT, 'node_modules')],
    });
    console.log(
      `base: ${revision} (${execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', revision]).toString().trim()}), current: the working tree; ${runs} runs`,
    );
    for (const flags of [[], SERVER_NODE_FLAGS]) {
      console.log(`\n## node ${flags.length > 0 ? flags.join(' ') : 'default flags'}\n`);
      spawnSync(process.execPath, [...flags, outfile, String(runs)], { stdio: 'inherit' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
