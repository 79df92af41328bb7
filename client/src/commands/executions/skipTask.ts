/**
 * `conductor.skipTask`: marks a task of a running execution SKIPPED before it is scheduled, so the workflow moves
 * past it (§5.5 skip task: only references of the definition that have no task yet). The reference is picked from
 * the definition; a second argument names it without prompting.
 */
import * as vscode from 'vscode';
import type { Workflow, WorkflowDef } from '../../../../common/src/model';
import type { ConductorClient } from '../../api';
import { showFailure } from '../../ui/showFailure';
import { definitionRefs } from '../../views/executions/definitionRefs';
import { executionTarget, type ExecutionsContext } from './executionsContext';
import { runExecutionAction } from './runExecutionAction';

/** Skips a not-yet-scheduled task of the node's execution; resolves true on success. */
export async function skipTask(
  context: ExecutionsContext,
  argument?: unknown,
  refArgument?: unknown,
): Promise<boolean> {
  const target = await executionTarget(context, 'conductor.skipTask', argument);
  if (!target) return false;
  const id = target.workflowId;
  let ref = typeof refArgument === 'string' ? refArgument : undefined;
  if (!ref) {
    try {
      ref = await pickRef(await context.services.connections.connect().then(({ client }) => client), id);
    } catch (error) {
      void showFailure(context.services, `list the tasks of execution ${id} to skip one`, error);
      return false;
    }
  }
  if (!ref) return false;
  const skipped = ref;
  return runExecutionAction(context, {
    title: `skip task ${skipped} of execution ${id}`,
    done: `Skipped ${skipped} in execution ${id}`,
    run: (client) => client.workflows.skipTask(id, skipped),
  });
}

async function pickRef(client: ConductorClient, id: string): Promise<string | undefined> {
  const workflow = await client.workflows.get(id, true);
  const scheduled = new Set((workflow.tasks ?? []).map((task) => task.referenceTaskName));
  const candidates = definitionRefs(await definitionOf(client, workflow)).filter((r) => !scheduled.has(r.ref));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(
      `Every task of execution ${id} is already scheduled; none can be skipped.`,
    );
    return undefined;
  }
  const items = candidates.map((candidate) => ({ label: candidate.ref, description: candidate.type }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Skip a task of execution ${id} (not yet scheduled)`,
  });
  return picked?.label;
}

// The execution carries its definition on Conductor; fall back to the registered one when it does not.
async function definitionOf(client: ConductorClient, workflow: Workflow): Promise<WorkflowDef> {
  if (workflow.workflowDefinition) return workflow.workflowDefinition;
  return client.metadata.getWorkflowDef(workflow.workflowName ?? '', workflow.workflowVersion);
}
