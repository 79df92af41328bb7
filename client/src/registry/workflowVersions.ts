/**
 * The one read of "which workflow versions are registered" (no `vscode` import), for the definitions view and the
 * registry alike: the light `names-and-versions` call (§3.1), else, on a server without it (Orkes, older Conductor),
 * the full list, whose definitions are kept since they were sent anyway (MetadataApi.readWorkflowVersions). A connect
 * makes one such read: reads of the same client share the one in flight or just made, unless the caller needs a fresh
 * one (after a register, on a refresh) or it is older than `SHARED_FOR_MS`.
 */
import type { WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import type { ConductorClient } from '../api';

/** The registered workflow versions, and the whole definitions when the server had to send them. */
export interface WorkflowVersions {
  readonly summaries: readonly WorkflowDefSummary[];
  readonly defs: readonly WorkflowDef[];
}

/** How long a read is good enough for a caller that does not ask for a fresh one. */
export const SHARED_FOR_MS = 30_000;

const reads = new WeakMap<ConductorClient, { at: number; versions: Promise<WorkflowVersions> }>();

/** Reads the registered workflow versions of `client`'s server, every call anew. */
export async function readWorkflowVersions(client: ConductorClient): Promise<WorkflowVersions> {
  const { byName, defs } = await client.metadata.readWorkflowVersions();
  return { summaries: Object.values(byName).flat(), defs };
}

/**
 * The registered workflow versions, shared between the callers of one client (one connection): a fresh read when
 * `fresh` is set, when there is none yet or when the last is older than `SHARED_FOR_MS`; a failed read is not kept.
 */
export function workflowVersions(client: ConductorClient, fresh: boolean, now = Date.now()): Promise<WorkflowVersions> {
  const last = reads.get(client);
  if (!fresh && last && now - last.at < SHARED_FOR_MS) return last.versions;
  const read = { at: now, versions: readWorkflowVersions(client) };
  reads.set(client, read);
  read.versions.catch(() => {
    if (reads.get(client) === read) reads.delete(client);
  });
  return read.versions;
}
