/**
 * What is registered on the client's active Conductor server, as the language server sees it: the notification the
 * client sends (`conductor/registeredDefinitions`), a lookup built from it, and an index wrapper that carries the
 * lookup to the rules. The CLI never has one, so its diagnostics do not change.
 */
import type { DefinitionIndex, KnownTaskDef, KnownWorkflow } from './types';

/** Client → server notification: what the active profile has registered, or `registered: null` when unknown. */
export const REGISTERED_DEFINITIONS_NOTIFICATION = 'conductor/registeredDefinitions';

/** The notification's payload shape (plain JSON). */
export interface RegisteredDefinitions {
  /** The profile name shown in messages, e.g. `Local`. */
  readonly profile: string;
  /** Workflow name → registered versions. */
  readonly workflows: Readonly<Record<string, readonly number[]>>;
  /** Registered task definition names. */
  readonly taskDefs: readonly string[];
}

/** The notification's parameters. */
export interface RegisteredDefinitionsParams {
  readonly registered: RegisteredDefinitions | null;
}

/** Fast questions about one server's registrations. */
export interface RegisteredLookup {
  readonly profile: string;
  hasTaskDef(name: string): boolean;
  /** Registered versions of a workflow; empty when it is not registered. */
  workflowVersions(name: string): readonly number[];
}

/** Builds the lookup from a payload; tolerates malformed parts (they count as nothing registered). */
export function createRegisteredLookup(registered: RegisteredDefinitions): RegisteredLookup {
  const taskDefs = new Set(Array.isArray(registered.taskDefs) ? registered.taskDefs : []);
  const workflows = new Map<string, readonly number[]>();
  for (const [name, versions] of Object.entries(registered.workflows ?? {})) {
    if (Array.isArray(versions))
      workflows.set(
        name,
        versions.filter((version) => typeof version === 'number'),
      );
  }
  return {
    profile: String(registered.profile),
    hasTaskDef: (name) => taskDefs.has(name),
    workflowVersions: (name) => workflows.get(name) ?? [],
  };
}

/** A definition index that also knows a server's registrations; the rules ask `registeredOf(index)`. */
interface RegistryAwareIndex extends DefinitionIndex {
  readonly registered: RegisteredLookup | undefined;
}

/** Wraps `index` so rules see `lookup()`'s current value; every other question goes to `index` unchanged. */
export function withRegistered(index: DefinitionIndex, lookup: () => RegisteredLookup | undefined): DefinitionIndex {
  const wrapped: RegistryAwareIndex = {
    describe: () => index.describe(),
    getTaskDef: (name: string): KnownTaskDef | undefined => index.getTaskDef(name),
    getWorkflowVersions: (name: string): readonly KnownWorkflow[] => index.getWorkflowVersions(name),
    get registered() {
      return lookup();
    },
  };
  return wrapped;
}

/** The registrations known alongside `index`, or undefined (CLI, not connected, or the fetch failed). */
export function registeredOf(index: DefinitionIndex | undefined): RegisteredLookup | undefined {
  return index && 'registered' in index ? (index as RegistryAwareIndex).registered : undefined;
}
