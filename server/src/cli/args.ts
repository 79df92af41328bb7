/**
 * Command-line arguments of `conductor-lint`: paths or globs, `--format text|json`, `--help`.
 */
import { parseArgs } from 'node:util';

/** Output formats. */
export type OutputFormat = 'text' | 'json';

/** What the command line asks for. */
export interface CliOptions {
  readonly patterns: readonly string[];
  readonly format: OutputFormat;
  readonly help: boolean;
}

/** Thrown for a command line the tool cannot run (exit code 2). */
export class UsageError extends Error {}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: conductor-lint [options] [path|glob ...]

Validates Conductor definitions (workflows, task definitions, event handlers, schedules) with the same
checks as the VS Code extension. Directories are searched recursively for *.json files (node_modules is
skipped); JSON files that are not Conductor definitions are ignored. Default path: the current directory.

Options:
  --format <text|json>  output format (default: text, one "file:line:col severity code message" per problem)
  -h, --help            show this help

Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error.`;

/** Parses `argv` (without node and script); throws `UsageError` for unknown options or bad values. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`Unknown format '${String(format)}': use --format text or --format json`);
  }
  const patterns = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  return { patterns, format, help: parsed.values.help === true };
}
