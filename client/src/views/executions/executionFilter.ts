/**
 * The Executions view's filter and how it becomes a search request (reference/conductor.md §3.2 search syntax:
 * conditions joined by ` AND `, `status IN (A,B)`, `startTime > <epoch ms>`, `*` in an `=` value is a wildcard).
 * No `vscode` import, so the mapping is unit-tested.
 */
import type { WorkflowStatus } from '../../../../common/src/status';
import type { SearchOptions } from '../../api';

/** Time windows the filter offers, by label, in milliseconds. */
export const TIME_WINDOWS = {
  'last hour': 3_600_000,
  'last 24 hours': 86_400_000,
  'last 7 days': 7 * 86_400_000,
  'last 30 days': 30 * 86_400_000,
} as const;

/** A label of `TIME_WINDOWS`. */
export type TimeWindow = keyof typeof TIME_WINDOWS;

/** What the user narrowed the view to; every field is optional and an empty filter lists everything. */
export interface ExecutionFilter {
  /** A workflow name; `*` matches any run of characters (Conductor's LIKE). */
  readonly workflowName?: string;
  readonly statuses?: readonly WorkflowStatus[];
  readonly window?: TimeWindow;
  /** Case-insensitive text anywhere in the execution (Conductor's `freeText`). */
  readonly freeText?: string;
}

/** How many executions one page (and one "Load more…") fetches. */
export const PAGE_SIZE = 25;

/** The search request for one page of `filter`, newest first; `now` anchors the time window. */
export function toSearchOptions(filter: ExecutionFilter, now: number, start = 0, size = PAGE_SIZE): SearchOptions {
  const conditions: string[] = [];
  const name = filter.workflowName?.trim();
  if (name) conditions.push(`workflowType = ${stripSyntax(name)}`);
  if (filter.statuses && filter.statuses.length > 0) conditions.push(`status IN (${filter.statuses.join(',')})`);
  if (filter.window) conditions.push(`startTime > ${now - TIME_WINDOWS[filter.window]}`);
  const freeText = filter.freeText?.trim();
  return {
    ...(conditions.length > 0 ? { query: conditions.join(' AND ') } : {}),
    freeText: freeText ? freeText : '*',
    sort: 'startTime:DESC',
    start,
    size,
  };
}

/** The view's description for `filter`: empty when nothing is filtered, e.g. `order_* · RUNNING,PAUSED · last hour`. */
export function describeFilter(filter: ExecutionFilter): string {
  const parts: string[] = [];
  if (filter.workflowName?.trim()) parts.push(filter.workflowName.trim());
  if (filter.statuses && filter.statuses.length > 0) parts.push(filter.statuses.join(','));
  if (filter.window) parts.push(filter.window);
  if (filter.freeText?.trim()) parts.push(`"${filter.freeText.trim()}"`);
  return parts.join(' · ');
}

/** True when the filter narrows nothing. */
export function isEmptyFilter(filter: ExecutionFilter): boolean {
  return describeFilter(filter) === '';
}

// Quotes, parentheses and ` AND ` are query syntax (§3.2); inside a name they would change the query's meaning.
function stripSyntax(value: string): string {
  return value.replace(/["'()]/g, '').replace(/\s+AND\s+/gi, ' ');
}
