/**
 * The diagram of one execution: fetched through the active connection, coloured by task status, refreshed while the
 * workflow runs and the panel is visible; a selected task shows its details and logs with the actions valid for it.
 */
import * as vscode from 'vscode';
import { buildExecutionGraph, taskActions } from '../../../common/src/graph';
import type { FromWebview, TaskAction } from '../../../common/src/graph';
import type { Workflow } from '../../../common/src/model';
import { isTerminalWorkflowStatus } from '../../../common/src/status';
import type { ConductorClient } from '../api';
import { errorMessage } from '../api';
import type { ExtensionServices } from '../services';
import { askRetryResume } from '../commands/executions/askRetryResume';
import { showFailure } from '../ui/showFailure';
import type { DiagramPanel } from './diagramPanel';
import { taskDetails } from './taskDetails';

/** How often a running execution is re-read while its diagram is visible. */
const REFRESH_MS = 1500;

const ACTION_NAMES: Readonly<Record<TaskAction, string>> = {
  retry: 'retry',
  rerunFromHere: 'rerun from this task',
  skip: 'skip',
};

/** Keeps one panel in step with one execution. */
export class ExecutionDiagram implements vscode.Disposable {
  private workflow: Workflow | undefined;
  private definition: unknown;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly services: ExtensionServices,
    readonly workflowId: string,
    readonly panel: DiagramPanel,
  ) {
    this.subscriptions.push(
      panel.onMessage((message) => void this.receive(message)),
      panel.panel.onDidChangeViewState(() => this.scheduleRefresh()),
    );
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Reads the execution and redraws; a failure shows as a banner and a notification with Retry. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    try {
      const { client } = await this.services.connections.connect();
      const workflow = await client.workflows.get(this.workflowId, true);
      this.definition ??= workflow.workflowDefinition ?? (await this.fetchDefinition(client, workflow));
      this.workflow = workflow;
      const graph = buildExecutionGraph(workflow, this.definition);
      const name = workflow.workflowName ?? workflow.workflowDefinition?.name ?? 'workflow';
      this.panel.post({ type: 'banner', text: undefined });
      this.panel.draw(graph, `${name} · ${this.workflowId} · ${workflow.status}`);
      this.panel.panel.title = `${name} (${workflow.status})`;
    } catch (error) {
      const action = `load execution ${this.workflowId}`;
      this.panel.post({ type: 'banner', text: `Could not ${action}: ${errorMessage(error)}` });
      void showFailure(this.services, action, error, { retry: () => void this.refresh() });
      return;
    }
    this.scheduleRefresh();
  }

  /** Polls only while the workflow can still change and someone can see it. */
  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    const running = this.workflow !== undefined && !isTerminalWorkflowStatus(this.workflow.status);
    if (this.disposed || !running || !this.panel.panel.visible) return;
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  /** The definition when the execution does not carry it; the graph falls back to the tasks alone without it. */
  private async fetchDefinition(client: ConductorClient, workflow: Workflow): Promise<unknown> {
    if (workflow.workflowName === undefined) return undefined;
    try {
      return await client.metadata.getWorkflowDef(workflow.workflowName, workflow.workflowVersion);
    } catch (error) {
      this.services.log.warn(`Diagram: no definition for ${workflow.workflowName}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message.type === 'openSubWorkflow')
      await vscode.commands.executeCommand('conductor.showExecutionDiagram', message.workflowId);
    else if (message.type === 'select') await this.showDetails(message.id, message.taskId);
    else if (message.type === 'action') await this.run(message.action, message.ref, message.taskId);
  }

  private async showDetails(nodeId: string, taskId: string | undefined): Promise<void> {
    const workflow = this.workflow;
    if (!workflow) return;
    const task = workflow.tasks?.find((candidate) => candidate.taskId === taskId);
    const ref = task?.referenceTaskName ?? nodeId;
    const actions = taskActions(workflow.status, task?.status);
    if (!task) return this.panel.post({ type: 'details', nodeId, ref, details: undefined, actions });
    const { client } = await this.services.connections.connect();
    this.panel.post({ type: 'details', nodeId, ref, details: await taskDetails(client, task), actions });
  }

  /** §5.5 operations, through the REST client; the diagram refreshes (and polls again) afterwards. */
  private async run(action: TaskAction, ref: string, taskId: string | undefined): Promise<void> {
    const id = this.workflowId;
    const title = `${ACTION_NAMES[action]} ${ref} of execution ${id}`;
    // The same question as the Executions view's retry; dismissing it retries nothing.
    const resume = action === 'retry' ? await askRetryResume(id, this.workflow) : false;
    if (resume === undefined) return;
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, async () => {
        const { client } = await this.services.connections.connect();
        if (action === 'retry') await client.workflows.retry(id, resume);
        else if (action === 'rerunFromHere') await client.workflows.rerun(id, { reRunFromTaskId: taskId });
        else await client.workflows.skipTask(id, ref);
      });
    } catch (error) {
      void showFailure(this.services, title, error, { retry: () => void this.run(action, ref, taskId) });
      return;
    }
    await this.refresh();
    await vscode.commands.executeCommand('conductor.refreshExecutions').then(undefined, () => undefined);
  }
}
