/**
 * `conductor.rerunExecution`: reruns a terminal execution from the beginning or from a chosen task, with input the
 * user edits first (§5.5 rerun: the task is found by its id, tasks after it are dropped, `taskInput` replaces its
 * input; from the beginning, `workflowInput` replaces the workflow's). The second argument
 * `{ referenceTaskName?, input? }` skips the task pick, and with `input` the editor too (for tests and other commands).
 */
import * as vscode from 'vscode';
import type { RerunWorkflowRequest, Task, Workflow } from '../../../../common/src/model';
import { showFailure } from '../../ui/showFailure';
import type { WorkflowInput } from '../../input/inputTemplate';
import { orderedTasks } from '../../views/executions/executionRows';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** A rerun chosen without the task pick. */
export interface RerunChoice {
  /** Rerun from the last task with this reference; absent = from the beginning. */
  readonly referenceTaskName?: string;
  /** Sent at once; absent = the input editor opens pre-filled with the task's (or workflow's) input. */
  readonly input?: WorkflowInput;
}

/** Reruns directly (with a choice) or opens the input editor; resolves true when the rerun or the editor is done. */
export async function rerunExecution(
  context: ExecutionsContext,
  argument?: unknown,
  choice?: RerunChoice,
): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.rerunExecution', argument);
  if (!target) return false;
  const id = target.workflowId;
  let workflow: Workflow;
  try {
    workflow = await (await context.services.connections.connect()).client.workflows.get(id, true);
  } catch (error) {
    void showFailure(context.services, `read execution ${id} to rerun it`, error);
    return false;
  }
  const from = choice ? findTask(workflow, choice.referenceTaskName) : await pickStart(workflow);
  if (from === undefined) return false;
  const send = (input: WorkflowInput): Promise<boolean> => rerun(context, id, from || undefined, input);
  if (choice?.input) return send(choice.input);
  const initial = from ? (from.inputData ?? {}) : (workflow.input ?? {});
  const label = from ? `Rerun from ${from.referenceTaskName}` : 'Rerun from the beginning';
  await context.inputs.open(`rerun-${id}`, initial, {
    submitLabel: `${label} with this input`,
    once: true,
    submit: async (input) => ((await send(input)) ? id : undefined),
  });
  return true;
}

function rerun(context: ExecutionsContext, id: string, from: Task | undefined, input: WorkflowInput): Promise<boolean> {
  const request: RerunWorkflowRequest = from
    ? { reRunFromTaskId: from.taskId, taskInput: input }
    : { workflowInput: input };
  return runExecutionAction(context, {
    title: `rerun execution ${id}${from ? ` from ${from.referenceTaskName}` : ''}`,
    done: `Reran execution ${id}`,
    run: (client) => client.workflows.rerun(id, request),
  });
}

// `false` means "from the beginning"; undefined means the user cancelled.
async function pickStart(workflow: Workflow): Promise<Task | false | undefined> {
  const items = [
    { label: '$(debug-restart) From the beginning', description: 'edit the workflow input', task: false as const },
    ...orderedTasks(workflow).map((task) => ({
      label: task.referenceTaskName,
      description: `${task.taskType} · ${task.status}`,
      task,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Rerun execution ${workflow.workflowId} from…` });
  return picked?.task;
}

function findTask(workflow: Workflow, referenceTaskName: string | undefined): Task | false | undefined {
  if (!referenceTaskName) return false;
  const task = orderedTasks(workflow)
    .reverse()
    .find((candidate) => candidate.referenceTaskName === referenceTaskName);
  if (!task)
    void vscode.window.showErrorMessage(`Execution ${workflow.workflowId} has no task "${referenceTaskName}".`);
  return task;
}
