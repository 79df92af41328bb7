/**
 * Prints lint results: `file:line:col severity code message` lines (1-based, like eslint's unix format) and a
 * summary, or a JSON array of `{file, diagnostics}`.
 */
import type { OutputFormat } from './args';
import type { FileResult } from './lintFiles';

const SEVERITY_NAMES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** Counts by severity over all results (unreadable files count as errors). */
export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
  readonly files: number;
}

/** Tallies the results. */
export function countResults(results: readonly FileResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const result of results) {
    if (result.readError !== undefined) errors++;
    for (const diagnostic of result.diagnostics) {
      const severity = diagnostic.severity ?? 1;
      if (severity === 1) errors++;
      else if (severity === 2) warnings++;
      else others++;
    }
  }
  return { errors, warnings, others, files: results.length };
}

/** The whole report in the requested format, ending with a newline. */
export function formatResults(results: readonly FileResult[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  const lines: string[] = [];
  for (const result of results) {
    if (result.readError !== undefined) {
      lines.push(`${result.file}:1:1 error conductor.io Could not read the file: ${result.readError}`);
    }
    for (const d of result.diagnostics) {
      const position = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const message = typeof d.message === 'string' ? d.message : d.message.value;
      lines.push(`${result.file}:${position} ${SEVERITY_NAMES[d.severity ?? 1]} ${String(d.code)} ${message}`);
    }
  }
  lines.push(summary(countResults(results)));
  return `${lines.join('\n')}\n`;
}

function summary(totals: Totals): string {
  const files = `${totals.files} ${totals.files === 1 ? 'file' : 'files'}`;
  const problems = totals.errors + totals.warnings + totals.others;
  if (problems === 0) return `No problems found in ${files}.`;
  const parts = [
    `${totals.errors} ${totals.errors === 1 ? 'error' : 'errors'}`,
    `${totals.warnings} ${totals.warnings === 1 ? 'warning' : 'warnings'}`,
  ];
  if (totals.others > 0) parts.push(`${totals.others} ${totals.others === 1 ? 'hint' : 'hints'}`);
  return `${problems} ${problems === 1 ? 'problem' : 'problems'} (${parts.join(', ')}) in ${files}.`;
}
