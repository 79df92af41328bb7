/**
 * The cross-file knowledge editor features need: the core's `DefinitionIndex` plus optional listings, because
 * completion offers every known name rather than checking one.
 */
import type { DefinitionIndex, KnownTaskDef, KnownWorkflow } from '../types';

/** A `DefinitionIndex` that may also enumerate what it knows. */
export interface FeatureIndex extends DefinitionIndex {
  /** Every known task definition; features that list names are empty without it. */
  listTaskDefs?(): readonly KnownTaskDef[];
  /** Every known workflow version. */
  listWorkflows?(): readonly KnownWorkflow[];
}

/** Task definitions an index knows, or none when it cannot enumerate. */
export function listTaskDefs(index: FeatureIndex | undefined): readonly KnownTaskDef[] {
  return index?.listTaskDefs?.() ?? [];
}

/** Workflow versions an index knows, or none when it cannot enumerate. */
export function listWorkflows(index: FeatureIndex | undefined): readonly KnownWorkflow[] {
  return index?.listWorkflows?.() ?? [];
}
