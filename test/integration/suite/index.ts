/**
 * The test entry VS Code calls in the extension host (`extensionTestsPath`): runs the bundled mocha suites named by
 * the runner and records every result in the results file. Rejecting tells VS Code the run failed
 * (`codeAutomationExit(1)` on the page).
 */
import { writeFileSync } from 'node:fs';
import type MochaType from 'mocha';
import type { TestRecord } from '../runner/results';
import { testEnv } from '../runner/results';

/** Called by VS Code once the extension host is up. */
export async function run(): Promise<void> {
  const resultsFile = requireEnv(testEnv.results);
  const suites = requireEnv(testEnv.suites).split(',');
  // mocha 12 is ESM-only; the extension host's Node loads it through require(esm), as `.Mocha`.
  const { Mocha } = (await import('mocha')) as unknown as { Mocha: typeof MochaType };
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env[testEnv.grep];
  if (grep) mocha.grep(grep);
  for (const file of suites) mocha.addFile(file);
  await mocha.loadFilesAsync();

  const records: TestRecord[] = [];
  const write = (done: boolean): void => writeFileSync(resultsFile, JSON.stringify({ done, tests: records }, null, 2));
  write(false);
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => resolve(count));
    runner.on('pass', (test) => {
      records.push({ fullTitle: title(test), state: 'passed', durationMs: test.duration ?? 0 });
      write(false);
    });
    runner.on('fail', (test, error: Error) => {
      const text = error.stack ?? error.message;
      records.push({ fullTitle: title(test), state: 'failed', durationMs: test.duration ?? 0, error: text });
      write(false);
    });
    runner.on('pending', (test) => records.push({ fullTitle: title(test), state: 'pending', durationMs: 0 }));
  });
  write(true);
  if (failures > 0) throw new Error(`${failures} VS Code integration test(s) failed`);
}

function title(test: MochaType.Runnable): string {
  return test.titlePath().join(' › ');
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these suites through test/integration/runner`);
  return value;
}
