/**
 * One read of what a server has registered (no `vscode` import): workflow names and versions (the light
 * `names-and-versions` call, §3.1; the full list on servers without it) and task definition names, plus the compact
 * form sent to the language server. Whole workflow definitions, needed only by the "differs" code lens, are fetched
 * on demand, once per snapshot.
 */
import type { WorkflowDef } from '../../../common/src/model';
import { ConductorApiError, type ConductorClient } from '../api';
import type { RegisteredDefinitions } from '../../../server/src/service/registeredDefinitions';

/** What a profile has registered, read at one moment. */
export interface RegistrySnapshot {
  readonly profile: string;
  /** Workflow name → registered versions, ascending. */
  readonly workflows: ReadonlyMap<string, readonly number[]>;
  readonly taskDefs: ReadonlySet<string>;
  /** The registered definition of `name` v`version`; undefined when it is gone or cannot be read. */
  definition(name: string, version: number): Promise<WorkflowDef | undefined>;
}

/** Name → versions, and the definitions when the server had to send them all anyway. */
async function readWorkflows(
  client: ConductorClient,
): Promise<{ versions: Map<string, number[]>; defs: WorkflowDef[] }> {
  const versions = new Map<string, number[]>();
  const add = (name: string, version: number | undefined): void => {
    versions.set(
      name,
      [...(versions.get(name) ?? []), version ?? 1].sort((a, b) => a - b),
    );
  };
  try {
    const summaries = await client.metadata.workflowNamesAndVersions();
    for (const [name, list] of Object.entries(summaries)) for (const summary of list) add(name, summary.version);
    return { versions, defs: [] };
  } catch (error) {
    // Servers before names-and-versions answer 404: the full list has the same information.
    if (!(error instanceof ConductorApiError && error.isNotFound)) throw error;
  }
  const defs = await client.metadata.listWorkflowDefs();
  for (const def of defs) add(def.name, def.version);
  return { versions, defs };
}

/** Reads the registrations of `client`'s server (two requests in parallel). */
export async function fetchRegistrySnapshot(client: ConductorClient, profile: string): Promise<RegistrySnapshot> {
  const [workflows, taskDefs] = await Promise.all([readWorkflows(client), client.metadata.listTaskDefs()]);
  const cache = new Map<string, Promise<WorkflowDef | undefined>>();
  for (const def of workflows.defs) cache.set(`${def.name}@${def.version ?? 1}`, Promise.resolve(def));
  return {
    profile,
    workflows: workflows.versions,
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
