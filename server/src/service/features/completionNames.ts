/**
 * Value completion that needs more than the schema: task `type` (known types with their docs), task `name` (known
 * task definitions), workflow names/versions (SUB_WORKFLOW, START_WORKFLOW,
 * failureWorkflow: known workflows) and `joinOn` entries (the preceding
 * fork's branch references).
 */
import { CompletionItemKind, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { KNOWN_TASK_TYPES } from '../model/knownTaskTypes';
import type { TaskEntry } from '../model/taskWalker';
import type { CompletionContext } from './completionContext';
import { listTaskDefs, listWorkflows } from './featureIndex';
import { forkBranchRefs, precedingFork } from './forkBranches';
import { taskTypeDocs } from './taskTypeDocs';
import { refStem, uniqueRef } from './uniqueRef';
import { workflowRefAt } from './workflowRefs';
import type { WorkflowRef } from './workflowRefs';

/** Items for the value at the cursor when it is one of the fields above; empty otherwise. */
export function nameCompletions(context: CompletionContext): CompletionItem[] {
  const workflowRef = workflowRefAt(context.model, context.path);
  if (workflowRef) return workflowItems(context, workflowRef);
  const task = context.model.taskAt(context.path);
  if (!task) return [];
  const relative = context.path.slice(task.path.length);
  const field = relative.join('.');
  if (field === 'type') return typeItems(context);
  if (field === 'taskReferenceName') return [refItem(context, task)];
  if (field === 'name')
    return listTaskDefs(context.index).map((def) => item(context, def.name, CompletionItemKind.Class, def.uri));
  const listKey = relative[0];
  if ((listKey === 'joinOn' || listKey === 'defaultExclusiveJoinTask') && relative.length === 2) {
    return joinOnItems(context, task, listKey);
  }
  return [];
}

/** A free reference name derived from the task's name (Conductor requires unique ones, §2.3). */
function refItem(context: CompletionContext, task: TaskEntry): CompletionItem {
  const taken = new Set(context.model.tasks.flatMap((entry) => (entry === task || !entry.ref ? [] : [entry.ref])));
  return item(
    context,
    uniqueRef(refStem(task.name ?? task.type), taken),
    CompletionItemKind.Reference,
    'unique reference name',
  );
}

function typeItems(context: CompletionContext): CompletionItem[] {
  return [...KNOWN_TASK_TYPES].map((type) => {
    const docs = taskTypeDocs(type);
    return {
      ...item(context, type, CompletionItemKind.EnumMember),
      ...(docs ? { documentation: { kind: MarkupKind.Markdown, value: docs } } : {}),
    };
  });
}

/** Known workflow names, or the known versions of the named workflow. */
function workflowItems(context: CompletionContext, ref: WorkflowRef): CompletionItem[] {
  const workflows = listWorkflows(context.index);
  if (ref.field === 'name') {
    const names = new Set(workflows.map((workflow) => workflow.name));
    return [...names].map((name) => item(context, name, CompletionItemKind.Module));
  }
  return workflows
    .filter((workflow) => workflow.name === ref.name)
    .map((workflow) => ({
      label: String(workflow.version),
      kind: CompletionItemKind.Value,
      textEdit: TextEdit.replace(context.replace, String(workflow.version)),
      ...(workflow.uri ? { detail: workflow.uri } : {}),
    }));
}

function joinOnItems(context: CompletionContext, join: TaskEntry, listKey: string): CompletionItem[] {
  const fork = precedingFork(context.model, join);
  if (!fork) return [];
  const list = join.task[listKey];
  const listed = new Set(Array.isArray(list) ? list : []);
  const current = context.node?.value as unknown;
  return forkBranchRefs(context.model, fork)
    .filter((ref) => !listed.has(ref) || ref === current)
    .map((ref, order) => ({
      ...item(context, ref, CompletionItemKind.Reference),
      sortText: String(order).padStart(4, '0'),
    }));
}

function item(context: CompletionContext, value: string, kind: CompletionItemKind, detail?: string): CompletionItem {
  return {
    label: value,
    kind,
    textEdit: TextEdit.replace(context.replace, JSON.stringify(value)),
    ...(detail ? { detail } : {}),
  };
}
