/**
 * One read of what a server has registered (no `vscode` import): workflow names and versions (the light
 * `names-and-versions` call, §3.1; the full list on servers without it, see workflowVersions) and task definition names, plus the compact
 * form sent to the language server. Whole workflow definitions, needed only by the "differs" code lens, are fetched
 * on demand, once per snapshot.
 */
import type { WorkflowDef, WorkflowDefSummary } from '../../../common/src/model';
import type { ConductorClient } from '../api';
import type { RegisteredDefinitions } from '../../../server/src/service/registeredDefinitions';
import { workflowVersions } from './workflowVersions';

/** What a profile has registered, read at one moment. */
export interface RegistrySnapshot {
  readonly profile: string;
  /** Workflow name → registered versions, ascending. */
  readonly workflows: ReadonlyMap<string, readonly number[]>;
  readonly taskDefs: ReadonlySet<string>;
  /** The registered definition of `name` v`version`; undefined when it is gone or cannot be read. */
  definition(name: string, version: number): Promise<WorkflowDef | undefined>;
}

/** Name → versions ascending. */
function byName(summaries: readonly WorkflowDefSummary[]): Map<string, number[]> {
  const versions = new Map<string, number[]>();
  for (const { name, version } of summaries) versions.set(name, [...(versions.get(name) ?? []), version]);
  for (const list of versions.values()) list.sort((a, b) => a - b);
  return versions;
}

/**
 * Reads the registrations of `client`'s server (two requests in parallel); the workflow versions are the read the
 * definitions view shares unless `fresh` (see workflowVersions).
 */
export async function fetchRegistrySnapshot(
  client: ConductorClient,
  profile: string,
  fresh = true,
): Promise<RegistrySnapshot> {
  const [workflows, taskDefs] = await Promise.all([workflowVersions(client, fresh), client.metadata.listTaskDefs()]);
  const cache = new Map<string, Promise<WorkflowDef | undefined>>();
  for (const def of workflows.defs) cache.set(`${def.name}@${def.version ?? 1}`, Promise.resolve(def));
  return {
    profile,
    workflows: byName(workflows.summaries),
    taskDefs: new Set(taskDefs.map((def) => def.name)),
    definition(name, version) {
      const key = `${name}@${version}`;
      let pending = cache.get(key);
      if (!pending) {
        pending = client.metadata.getWorkflowDef(name, version).catch(() => undefined);
        cache.set(key, pending);
      }
      return pending;
    },
  };
}

/** The payload of `conductor/registeredDefinitions`. */
export function toRegisteredDefinitions(snapshot: RegistrySnapshot): RegisteredDefinitions {
  return {
    profile: snapshot.profile,
    workflows: Object.fromEntries(snapshot.workflows),
    taskDefs: [...snapshot.taskDefs].sort(),
  };
}
