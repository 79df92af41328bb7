/**
 * Runs the real bundled `conductor-lint` (built here with esbuild, exactly as `esbuild.mjs` bundles it) as a child
 * process on fixture folders and temporary workspaces: output format, JSON format, exit codes, skipped files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const root = join(__dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'conductor-lint-'));
const bundle = join(scratch, 'cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function lint(args: readonly string[], cwd = root): Run {
  const result = spawnSync(process.execPath, [bundle, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A throwaway workspace with the given files. */
function workspace(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(scratch, 'ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const VALID_WORKFLOW = JSON.stringify({
  name: 'tiny',
  version: 1,
  tasks: [{ name: 'remember', taskReferenceName: 'remember', type: 'SET_VARIABLE', inputParameters: { seen: true } }],
});

before(async () => {
  await build({
    entryPoints: [join(root, 'server', 'src', 'cli', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // As in esbuild.mjs: jsonc-parser's UMD build cannot be bundled, its ESM build can.
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
});

after(() => rmSync(scratch, { recursive: true, force: true }));

void describe('conductor-lint', () => {
  void it('accepts the examples project: exit 0 and a clean summary', () => {
    const run = lint(['examples']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^No problems found in \d+ files\.\n$/);
  });

  void it('prints file:line:col severity code message (1-based) and exits 1 on errors', () => {
    const run = lint(['test/fixtures/invalid/duplicate-keys']);
    assert.equal(run.status, 1);
    const line =
      "test/fixtures/invalid/duplicate-keys/top-level.workflow.json:5:3 error conductor.duplicateKey Duplicate key 'version'";
    assert.ok(run.stdout.includes(line), run.stdout);
    assert.match(run.stdout, /\n\d+ problems \(\d+ errors, 0 warnings\) in 7 files\.\n$/);
  });

  void it('writes a JSON array of {file, diagnostics} with --format json', () => {
    const run = lint(['--format', 'json', 'test/fixtures/invalid/syntax/missing-comma.workflow.json']);
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; range: unknown }[] }[];
    assert.equal(results.length, 1);
    assert.equal(results[0]?.file, 'test/fixtures/invalid/syntax/missing-comma.workflow.json');
    assert.deepEqual(results[0]?.diagnostics[0]?.range, {
      start: { line: 2, character: 2 },
      end: { line: 2, character: 11 },
    });
    assert.equal(results[0]?.diagnostics[0]?.code, 'conductor.syntax');
  });

  void it('skips JSON that is not a Conductor definition, and node_modules', () => {
    const dir = workspace({
      'package.json': '{ "name": "app", "version": "1.0.0" }',
      'tsconfig.json': '{ // comments are fine here\n "compilerOptions": {} }',
      'node_modules/dep/broken.workflow.json': '{',
      'flows/tiny.workflow.json': VALID_WORKFLOW,
    });
    const run = lint([], dir);
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, 'No problems found in 1 file.\n');
  });

  void it('exits 0 when there are only warnings', () => {
    const withUnknownField = JSON.stringify({ ...(JSON.parse(VALID_WORKFLOW) as object), xyzzyPlugh: 1 });
    const run = lint(['.'], workspace({ 'tiny.workflow.json': withUnknownField }));
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /tiny\.workflow\.json:1:\d+ warning conductor\.schema\.unknownProperty /);
  });

  void it('reads files that start with a UTF-8 byte order mark', () => {
    const run = lint(['.'], workspace({ 'bom.workflow.json': `\ufeff${VALID_WORKFLOW}` }));
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, 'No problems found in 1 file.\n');
  });

  void it('expands quoted globs below their literal prefix', () => {
    const run = lint(['test/fixtures/invalid/duplicate-keys/**/*.taskdef.json']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /in 2 files\.\n$/);
    assert.doesNotMatch(run.stdout, /workflow\.json/);
  });

  void it('shows usage with --help (exit 0) and on usage errors (exit 2)', () => {
    const help = lint(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: conductor-lint/);
    const unknownOption = lint(['--colour']);
    assert.equal(unknownOption.status, 2);
    assert.match(unknownOption.stderr, /Unknown option '--colour'/);
    const badFormat = lint(['--format', 'xml']);
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /Unknown format 'xml'/);
  });

  void it('reports a path that matches nothing as a usage error', () => {
    const run = lint(['no/such/folder']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /No files found for 'no\/such\/folder'/);
  });
});
