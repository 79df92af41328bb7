/**
 * The scheduler's search endpoints as the module's SQLite persistence answers them (`SqliteSchedulerDAO.
 * searchSchedules`, `SqliteSchedulerArchivalDAO.searchScheduledExecutions` with `SchedulerSearchQuery`): schedules
 * filtered by workflow name (exact), schedule name (substring) and paused, ordered by name; executions filtered by
 * a small query language (`scheduleName IN (a,b) AND state IN (FAILED) AND scheduledTime>… AND workflowName=…`),
 * newest first unless `sort` says otherwise.
 */
import type { SearchResult, WorkflowSchedule } from '../../../common/src/model';
import type { ScheduleExecution } from './scheduleExecution';

/** Filters of `GET /api/scheduler/schedules/search`. */
export interface ScheduleFilter {
  workflowName?: string | undefined;
  scheduleName?: string | undefined;
  paused?: boolean | undefined;
  start: number;
  size: number;
}

/** One page of schedules. */
export function searchSchedules(
  all: readonly WorkflowSchedule[],
  filter: ScheduleFilter,
): SearchResult<WorkflowSchedule> {
  const hits = all
    .filter((s) => !filter.workflowName || s.startWorkflowRequest?.name === filter.workflowName)
    .filter((s) => !filter.scheduleName || s.name.includes(filter.scheduleName))
    .filter((s) => filter.paused === undefined || (s.paused === true) === filter.paused)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { totalHits: hits.length, results: hits.slice(filter.start, filter.start + filter.size) };
}

type Predicate = (record: ScheduleExecution) => boolean;

const list = (csv: string): string[] =>
  csv
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** `SchedulerSearchQuery.parse`: AND-ed clauses; an unrecognised clause is taken as a schedule name. */
function parseQuery(query: string | undefined): Predicate[] {
  const predicates: Predicate[] = [];
  const names: string[] = [];
  for (const raw of (query ?? '').split(/\s+AND\s+/)) {
    const clause = raw.trim();
    if (clause === '') continue;
    const inList = /^(scheduleName|state) IN \((.*)\)$/.exec(clause);
    if (inList?.[1] === 'scheduleName') names.push(...list(inList[2] ?? ''));
    else if (inList) predicates.push((r) => list(inList[2] ?? '').includes(r.state));
    else if (clause.startsWith('scheduledTime>')) predicates.push((r) => r.scheduledTime > Number(clause.slice(14)));
    else if (clause.startsWith('scheduledTime<')) predicates.push((r) => r.scheduledTime < Number(clause.slice(14)));
    else if (clause.startsWith('workflowName=')) {
      const name = clause.slice(13).trim();
      predicates.push((r) => r.workflowName.includes(name));
    } else if (clause.startsWith('executionId=')) {
      const id = clause.slice(12).trim();
      predicates.push((r) => r.executionId === id);
    } else names.push(clause);
  }
  if (names.length > 0) predicates.push((r) => names.includes(r.scheduleName));
  return predicates;
}

const SORTABLE = new Set(['scheduledTime', 'executionTime', 'scheduleName', 'workflowName', 'state', 'executionId']);

/** Comma-separated `field:ASC|DESC` options (DESC unless ASC); default newest scheduled time first. */
function comparator(sort: string | undefined): (a: ScheduleExecution, b: ScheduleExecution) => number {
  const options = list(sort ?? '');
  const keys = (options.length > 0 ? options : ['scheduledTime:DESC'])
    .map((option) => option.split(':'))
    .filter(([field]) => SORTABLE.has((field ?? '').trim()))
    .map(([field, direction]) => ({
      field: (field ?? '').trim() as keyof ScheduleExecution,
      sign: direction?.trim().toUpperCase() === 'ASC' ? 1 : -1,
    }));
  return (a, b) => {
    for (const { field, sign } of keys) {
      const [x, y] = [a[field] ?? '', b[field] ?? ''];
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return 0;
  };
}

/** One page of execution records matching `query`. */
export function searchExecutions(
  records: readonly ScheduleExecution[],
  options: { query?: string | undefined; start: number; size: number; sort?: string | undefined },
): SearchResult<ScheduleExecution> {
  const predicates = parseQuery(options.query);
  const hits = records.filter((record) => predicates.every((matches) => matches(record)));
  hits.sort(comparator(options.sort));
  return { totalHits: hits.length, results: hits.slice(options.start, options.start + options.size) };
}
