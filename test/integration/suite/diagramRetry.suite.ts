/**
 * Retry from the execution diagram in a real VS Code, when a sub-workflow failed: the Retry button of the failed
 * SUB_WORKFLOW task asks the same question as the Executions view (resume that sub-workflow, or start a new one),
 * and the answer reaches the engine as `resumeSubworkflowTasks` (§5.5 retry). The button is clicked through the page's
 * own handler (`conductor.diagram.clickAction`) and the quick pick answered with VS Code's own quick-open commands.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConductorClient } from '../../../client/src/api';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import type { Workflow, WorkflowDef } from '../../../common/src/model';
import { classesOf, probe, probeUntil } from './diagramHelpers';
import { activateExtension } from './helpers';

const child: WorkflowDef = {
  name: 'diagram_retry_child',
  version: 1,
  tasks: [
    {
      name: 'explode',
      taskReferenceName: 'explode',
      type: 'INLINE',
      inputParameters: {
        evaluatorType: 'graaljs',
        expression: "(function () { throw new Error('child failure'); })()",
      },
    },
  ],
};

const parent: WorkflowDef = {
  name: 'diagram_retry_parent',
  version: 1,
  tasks: [
    {
      name: 'run_child',
      taskReferenceName: 'run_child',
      type: 'SUB_WORKFLOW',
      subWorkflowParam: { name: child.name, version: 1 },
    },
  ],
};

/** Polls `read` until `accept` holds; fails naming `what` after 20 s. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The tasks of `workflow` with reference `ref`. */
function tasksOf(workflow: Workflow, ref: string): number {
  return workflow.tasks?.filter((task) => task.referenceTaskName === ref).length ?? 0;
}

suite('Diagram retry', () => {
  let client: ConductorClient;

  suiteSetup(async () => {
    const api = (await activateExtension()).exports as ConductorExtensionApi;
    client = (await api.connections.connect()).client;
    await client.metadata.registerWorkflowDef(child, true);
    await client.metadata.registerWorkflowDef(parent, true);
  });

  test('Retry on a failed sub-workflow task asks, and "Resume" retries that sub-workflow in place', async () => {
    const run = await client.workflows.execute({ name: parent.name, version: 1, input: {} });
    assert.equal(run.status, 'FAILED');
    const failed = await until(
      () => client.workflows.get(run.workflowId ?? '', true),
      (workflow) => workflow.tasks?.[0]?.subWorkflowId !== undefined,
      'the sub-workflow id',
    );
    const childId = failed.tasks?.[0]?.subWorkflowId ?? '';
    await vscode.commands.executeCommand('conductor.showExecutionDiagram', failed.workflowId);
    assert.match(classesOf((await probe()).svg, 'run_child'), /status-FAILED/);
    await vscode.commands.executeCommand('conductor.diagram.clickNode', 'run_child');
    await probeUntil((p) => p.details?.includes('Retry workflow') === true, 'the Retry button');
    await vscode.commands.executeCommand('conductor.diagram.clickAction', 'retry');
    // The quick pick opens asynchronously; accepting its first answer ("Resume the failed sub-workflow") until the
    // child shows a retried task. Without the question the parent would get a second SUB_WORKFLOW task instead.
    const retriedChild = await until(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return client.workflows.get(childId, true);
      },
      (workflow) => tasksOf(workflow, 'explode') === 2,
      'the sub-workflow to be retried in place',
    );
    assert.equal(retriedChild.workflowId, childId);
    const parentAfter = await client.workflows.get(failed.workflowId ?? '', true);
    assert.equal(tasksOf(parentAfter, 'run_child'), 1, 'no new sub-workflow task: the failed one was resumed');
  });
});
