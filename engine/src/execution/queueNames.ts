/**
 * Queue naming and domain choice (reference/conductor.md §3.3 QueueUtils, §5.10 taskToDomain).
 */

/** The decider queue: ids are workflow ids, visibility is the next timer of that run (§5.2 step 6). */
export const DECIDER_QUEUE = '_deciderQueue';

/** §5.11 activeWorkerLastPollTimeout: a domain counts as active if polled within the last 10 s. */
const ACTIVE_WORKER_MS = 10_000;

/** §3.3 `[domain:]taskType[@executionNamespace][-isolationGroupId]`. */
export function queueNameOf(
  taskType: string,
  domain?: string,
  executionNameSpace?: string,
  isolationGroupId?: string,
): string {
  let name = domain ? `${domain}:${taskType}` : taskType;
  if (executionNameSpace) name += `@${executionNameSpace}`;
  if (isolationGroupId) name += `-${isolationGroupId}`;
  return name;
}

/**
 * §5.10: the domains listed for `taskName` (or `*`), comma-separated; the first one polled within 10 s wins,
 * otherwise the last listed; `NO_DOMAIN` means no domain.
 */
export function chooseDomain(
  taskToDomain: Record<string, string> | undefined,
  taskName: string,
  taskType: string,
  now: number,
  lastPollTime: (taskType: string, domain: string) => number | undefined,
): string | undefined {
  const listed = taskToDomain?.[taskName] ?? taskToDomain?.['*'];
  if (!listed) return undefined;
  const domains = listed
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  // getActiveDomain compares NO_DOMAIN ignoring case.
  const isNoDomain = (domain: string | undefined): boolean => domain?.toUpperCase() === 'NO_DOMAIN';
  const active = domains.find((domain) => {
    if (isNoDomain(domain)) return false;
    const polled = lastPollTime(taskType, domain);
    return polled !== undefined && now - polled <= ACTIVE_WORKER_MS;
  });
  const chosen = active ?? domains[domains.length - 1];
  return isNoDomain(chosen) ? undefined : chosen;
}
