/**
 * Every task reference of a workflow definition, nested ones included (switch cases, fork branches, loop bodies),
 * in definition order: the choices for "skip task" and for `waitUntilTaskRef`. No `vscode` import.
 */
import type { WorkflowDef, WorkflowTask } from '../../../../common/src/model';

/** A reference with the task type, for pick descriptions. */
export interface DefinitionRef {
  readonly ref: string;
  readonly type: string;
}

/** The references of `definition`, depth first in the order a reader sees them. */
export function definitionRefs(definition: Pick<WorkflowDef, 'tasks'>): DefinitionRef[] {
  const refs: DefinitionRef[] = [];
  const visit = (tasks: readonly WorkflowTask[] | undefined): void => {
    for (const task of tasks ?? []) {
      if (typeof task.taskReferenceName === 'string' && task.taskReferenceName !== '') {
        refs.push({ ref: task.taskReferenceName, type: task.type ?? 'SIMPLE' });
      }
      for (const branch of Object.values(task.decisionCases ?? {})) visit(branch);
      visit(task.defaultCase);
      for (const branch of task.forkTasks ?? []) visit(branch);
      visit(task.loopOver);
    }
  };
  visit(definition.tasks);
  return refs;
}
