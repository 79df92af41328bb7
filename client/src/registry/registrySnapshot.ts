/**
 * One read of what a server has registered (no `vscode` import): every workflow version (kept whole, for the
 * "differs from registered" code lens) and every task definition name, plus the compact form sent to the
 * language server.
 */
import type { WorkflowDef } from '../../../common/src/model';
import type { ConductorClient } from '../api';
import type { RegisteredDefinitions } from '../../../server/src/service/registeredDefinitions';

/** What a profile has registered, read at one moment. */
export interface RegistrySnapshot {
  readonly profile: string;
  /** Workflow name → version → definition as the server returns it. */
  readonly workflows: ReadonlyMap<string, ReadonlyMap<number, WorkflowDef>>;
  readonly taskDefs: ReadonlySet<string>;
}

/** Reads the registrations of `client`'s server (two requests in parallel). */
export async function fetchRegistrySnapshot(client: ConductorClient, profile: string): Promise<RegistrySnapshot> {
  const [workflowDefs, taskDefs] = await Promise.all([
    client.metadata.listWorkflowDefs(),
    client.metadata.listTaskDefs(),
  ]);
  const workflows = new Map<string, Map<number, WorkflowDef>>();
  for (const def of workflowDefs) {
    const versions = workflows.get(def.name) ?? new Map<number, WorkflowDef>();
    versions.set(def.version ?? 1, def);
    workflows.set(def.name, versions);
  }
  return { profile, workflows, taskDefs: new Set(taskDefs.map((def) => def.name)) };
}

/** The payload of `conductor/registeredDefinitions`. */
export function toRegisteredDefinitions(snapshot: RegistrySnapshot): RegisteredDefinitions {
  const workflows: Record<string, number[]> = {};
  for (const [name, versions] of snapshot.workflows) workflows[name] = [...versions.keys()].sort((a, b) => a - b);
  return { profile: snapshot.profile, workflows, taskDefs: [...snapshot.taskDefs].sort() };
}
