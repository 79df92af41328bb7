/**
 * The cross-file knowledge editor features need: the core's `DefinitionIndex` plus optional listings, because
 * completion offers every known name rather than checking one, and the last run of each workflow file.
 */
import type { LastRunOutputs } from '../lastRunOutputs';
import type { DefinitionIndex, KnownTaskDef, KnownWorkflow } from '../types';

/** A `DefinitionIndex` that may also enumerate what it knows. */
export interface FeatureIndex extends DefinitionIndex {
  /** Every known task definition; features that list names are empty without it. */
  listTaskDefs?(): readonly KnownTaskDef[];
  /** Every known workflow version. */
  listWorkflows?(): readonly KnownWorkflow[];
  /** The outputs of the last run started from the document `uri`, when the client followed one. */
  lastRunOutputs?(uri: string): LastRunOutputs | undefined;
}

/** `index` with the last-run outputs of `outputs` (the server's store of the client's notifications). */
export function withLastRunOutputs(
  index: FeatureIndex,
  outputs: (uri: string) => LastRunOutputs | undefined,
): FeatureIndex {
  return {
    describe: () => index.describe(),
    getTaskDef: (name) => index.getTaskDef(name),
    getWorkflowVersions: (name) => index.getWorkflowVersions(name),
    listTaskDefs: () => listTaskDefs(index),
    listWorkflows: () => listWorkflows(index),
    lastRunOutputs: outputs,
  };
}

/** Task definitions an index knows, or none when it cannot enumerate. */
export function listTaskDefs(index: FeatureIndex | undefined): readonly KnownTaskDef[] {
  return index?.listTaskDefs?.() ?? [];
}

/** Workflow versions an index knows, or none when it cannot enumerate. */
export function listWorkflows(index: FeatureIndex | undefined): readonly KnownWorkflow[] {
  return index?.listWorkflows?.() ?? [];
}
