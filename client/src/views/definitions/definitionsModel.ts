/**
 * What the definition views show, loaded and ordered without VS Code: workflow names with their versions (newest
 * first), task definitions, event handlers and schedules by name, and the next run times of a schedule. Pure: the
 * tree items wrap these values.
 */
import type { EventHandler, TaskDef, WorkflowDefSummary, WorkflowSchedule } from '../../../../common/src/model';
import type { ConductorClient } from '../../api';
import { workflowVersions } from '../../registry/workflowVersions';

/** One workflow name and its registered versions, newest first. */
export interface WorkflowEntry {
  readonly name: string;
  readonly versions: readonly WorkflowDefSummary[];
}

/** How many next run times a schedule shows (the server answers at most 5). */
export const NEXT_RUNS_SHOWN = 5;

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.name.localeCompare(b.name);

/** Sorts by name, case-insensitively (ties by exact name), without changing the input. */
export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort(byName);
}

/** Names in order, each with its versions newest first. */
export function groupWorkflowVersions(summaries: readonly WorkflowDefSummary[]): WorkflowEntry[] {
  const groups = new Map<string, WorkflowDefSummary[]>();
  for (const summary of summaries) {
    const versions = groups.get(summary.name) ?? [];
    versions.push(summary);
    groups.set(summary.name, versions);
  }
  const entries = [...groups].map(([name, versions]) => ({
    name,
    versions: [...versions].sort((a, b) => b.version - a.version),
  }));
  return sortByName(entries);
}

/**
 * The registered workflows, from the one read the registry shares (see workflowVersions: `names-and-versions`, else
 * the full list); `fresh` false reuses a read just made for this connection.
 */
export async function loadWorkflows(client: ConductorClient, fresh = true): Promise<WorkflowEntry[]> {
  return groupWorkflowVersions((await workflowVersions(client, fresh)).summaries);
}

/** The registered task definitions by name. */
export async function loadTaskDefs(client: ConductorClient): Promise<TaskDef[]> {
  return sortByName(await client.metadata.listTaskDefs());
}

/** The event handlers by name. */
export async function loadEventHandlers(client: ConductorClient): Promise<EventHandler[]> {
  return sortByName(await client.events.list());
}

/** The schedules by name. */
export async function loadSchedules(client: ConductorClient): Promise<WorkflowSchedule[]> {
  return sortByName(await client.schedules.list());
}

/** The crons of a schedule: `cronSchedules` wins when it is not empty (see engine/src/schedules/README.md). */
export function scheduleCrons(schedule: WorkflowSchedule): string[] {
  const list = (schedule.cronSchedules ?? []).map((cron) => cron.cronExpression).filter((cron) => cron !== '');
  if (list.length > 0) return list;
  return schedule.cronExpression ? [schedule.cronExpression] : [];
}

/** The next run times (epoch ms, ascending) over every cron of the schedule, from the server's nextFewSchedules. */
export async function loadNextRuns(
  client: ConductorClient,
  schedule: WorkflowSchedule,
  now = Date.now(),
): Promise<number[]> {
  const start = Math.max(now, schedule.scheduleStartTime ?? 0);
  const options = { start, end: schedule.scheduleEndTime, limit: NEXT_RUNS_SHOWN };
  const perCron = await Promise.all(scheduleCrons(schedule).map((cron) => client.schedules.nextRuns(cron, options)));
  return [...new Set(perCron.flat())].sort((a, b) => a - b).slice(0, NEXT_RUNS_SHOWN);
}
