/**
 * Every task reference of a workflow definition, nested ones included (switch cases, fork branches, loop bodies),
 * in definition order: the choices for "skip task" and for `waitUntilTaskRef`. Walked by the core's `walkTasks`, so
 * the nesting followed is Conductor's (§1.2 `collectTasks`). No `vscode` import.
 */
import type { WorkflowDef } from '../../../../common/src/model';
import { walkTasks } from '../../../../server/src/service/model/taskWalker';

/** A reference with the task type, for pick descriptions. */
export interface DefinitionRef {
  readonly ref: string;
  readonly type: string;
}

/** The references of `definition`, depth first in the order a reader sees them. */
export function definitionRefs(definition: Pick<WorkflowDef, 'tasks'>): DefinitionRef[] {
  return walkTasks(definition).flatMap((entry) => (entry.ref ? [{ ref: entry.ref, type: entry.type }] : []));
}
