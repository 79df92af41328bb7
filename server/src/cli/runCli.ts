/**
 * The `conductor-lint` program as a function of its arguments and output streams, so tests and the bundled
 * entry point run the same code. Returns the exit code: 0 no errors, 1 errors, 2 usage error.
 */
import { collectFiles } from './collectFiles';
import { countResults, formatResults } from './formatResults';
import { lintFiles } from './lintFiles';
import { parseCliArgs, USAGE, UsageError } from './args';

/** Where the program writes. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Runs the linter; never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const { files, unmatched } = collectFiles(options.patterns, io.cwd);
    if (unmatched.length > 0) {
      const list = unmatched.map((pattern) => `'${pattern}'`).join(', ');
      throw new UsageError(
        `No files found for ${list}: check the path or quote the glob so the shell does not expand it`,
      );
    }
    const results = lintFiles(files, io.cwd, (message) => io.stderr(`conductor-lint: internal error in ${message}\n`));
    io.stdout(formatResults(results, options.format));
    return countResults(results).errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`conductor-lint: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(
      `conductor-lint: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  }
}
