/**
 * The results file the in-VS-Code mocha runner writes and the node-side runner reads: one record per test,
 * rewritten after every test so a run that times out still reports what finished.
 */

/** Outcome of one mocha test inside VS Code. */
export interface TestRecord {
  /** Suite titles and the test title, joined with " › ". */
  readonly fullTitle: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs: number;
  /** Message and stack of the failure. */
  readonly error?: string;
}

/** The whole file. `done` turns true once mocha has finished. */
export interface ResultsFile {
  readonly done: boolean;
  readonly tests: readonly TestRecord[];
}

/** Environment variables the runner passes to the extension host (through the VS Code server's environment). */
export const testEnv = {
  /** Absolute path of the results JSON file. */
  results: 'CONDUCTOR_TEST_RESULTS',
  /** Comma-separated absolute paths of the bundled suite files to run. */
  suites: 'CONDUCTOR_TEST_SUITES',
  /** Folder for screenshots requested by the suites; unset = screenshots are skipped. */
  snapshots: 'CONDUCTOR_TEST_SNAPSHOTS',
  /** Optional mocha `grep` to run a subset of tests. */
  grep: 'CONDUCTOR_TEST_GREP',
} as const;

/** The log line a suite prints to ask the runner for a screenshot: `__SNAP__ <name>`. */
export const snapshotMarker = '__SNAP__';
