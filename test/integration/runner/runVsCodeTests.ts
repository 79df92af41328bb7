/**
 * Runs mocha suites inside a real VS Code (code-server's VS Code server + headless Chromium): builds the bundles,
 * copies the fixture workspace to a temporary folder, starts the server, opens the workbench with the test payload,
 * waits for `codeAutomationExit` (bounded by an overall timeout), reads the results file and always cleans up.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension, buildSuites, suiteOutDir } from './buildSuites';
import { codeServerDir, repoRoot, startCodeServer } from './codeServer';
import type { ResultsFile, TestRecord } from './results';
import { testEnv } from './results';
import { openWorkbench } from './workbench';

/** What to run. */
export interface RunOptions {
  /** Suite file names in `test/integration/suite/`, e.g. `diagnostics.suite.ts`. */
  readonly suites: readonly string[];
  /** The extension folder loaded in development mode; defaults to the repository (built first). */
  readonly extensionDevelopmentPath?: string;
  /** A `.vsix` installed into the server's extensions folder before it starts. */
  readonly vsix?: string;
  /** Fixture folder copied as the workspace; defaults to `test/integration/workspace`. */
  readonly workspace?: string;
  readonly snapshotDir?: string;
  readonly timeoutMs?: number;
  readonly onLog?: (line: string) => void;
}

/** What came back: VS Code's exit code (or `timeout`) and one record per mocha test. */
export interface RunResult {
  readonly exitCode: number | 'timeout';
  readonly tests: readonly TestRecord[];
  /** Everything the extension host logged, for failure messages. */
  readonly log: readonly string[];
}

/** Runs the suites; never hangs past `timeoutMs` (default 240 s, or `VSCODE_TEST_TIMEOUT_MS`). */
export async function runVsCodeTests(options: RunOptions): Promise<RunResult> {
  if (!existsSync(join(codeServerDir, 'lib/vscode/out/server-main.js'))) {
    throw new Error(`code-server is not installed in ${codeServerDir}: run 'bash scripts/setup.sh' first`);
  }
  const devPath = options.extensionDevelopmentPath ?? repoRoot;
  if (devPath === repoRoot) await buildExtension();
  const bundled = await buildSuites();
  const suites = options.suites.map((name) => {
    const file = bundled.get(name);
    if (!file) throw new Error(`No suite test/integration/suite/${name}; have: ${[...bundled.keys()].join(', ')}`);
    return file;
  });
  const temp = mkdtempSync(join(tmpdir(), 'conductor-vscode-'));
  try {
    return await runIn(temp, { ...options, extensionDevelopmentPath: devPath }, suites);
  } finally {
    if (!process.env.KEEP_VSCODE_DATA) rmSync(temp, { recursive: true, force: true });
  }
}

async function runIn(temp: string, options: RunOptions, suites: readonly string[]): Promise<RunResult> {
  const folder = join(temp, 'workspace');
  cpSync(options.workspace ?? join(repoRoot, 'test/integration/workspace'), folder, { recursive: true });
  const extensionsDir = join(temp, 'extensions');
  mkdirSync(extensionsDir);
  if (options.vsix) installVsix(options.vsix, extensionsDir);
  const resultsFile = join(temp, 'results.json');
  const env: NodeJS.ProcessEnv = { ...process.env, [testEnv.results]: resultsFile, [testEnv.suites]: suites.join(',') };
  if (options.snapshotDir) env[testEnv.snapshots] = options.snapshotDir;
  const server = await startCodeServer({ dataDir: join(temp, 'data'), extensionsDir, env });
  const log: string[] = [];
  const onLog = (line: string): void => {
    log.push(line);
    options.onLog?.(line);
  };
  const timeoutMs = options.timeoutMs ?? Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 240_000);
  let timer: NodeJS.Timeout | undefined;
  try {
    const testsPath = join(suiteOutDir, 'index.js');
    const workbench = await openWorkbench({
      ...options,
      port: server.port,
      folder,
      extensionTestsPath: testsPath,
      onLog,
    });
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const exitCode = await Promise.race([workbench.exitCode, timedOut]);
    await workbench.close();
    return { exitCode, tests: readResults(resultsFile), log };
  } finally {
    clearTimeout(timer);
    await server.stop();
  }
}

/** Installs a packaged extension the way a user would (`code-server --install-extension`). */
function installVsix(vsix: string, extensionsDir: string): void {
  const bin = join(codeServerDir, 'out/node/entry.js');
  const args = [bin, '--extensions-dir', extensionsDir, '--install-extension', vsix];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
    throw new Error(`Could not install ${vsix} into code-server: ${result.stdout}${result.stderr}`);
  }
}

function readResults(file: string): TestRecord[] {
  if (!existsSync(file)) return [];
  try {
    return [...(JSON.parse(readFileSync(file, 'utf8')) as ResultsFile).tests];
  } catch {
    // Written while VS Code was killed mid-write: report what the exit code says instead.
    return [];
  }
}
