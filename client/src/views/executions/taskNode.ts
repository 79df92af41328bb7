/**
 * A task of an execution, with `taskId`, `workflowId` and `referenceTaskName` for the task commands and
 * contextValue `task.<STATUS>`.
 */
import * as vscode from 'vscode';
import type { Task } from '../../../../common/src/model';
import type { TaskStatus } from '../../../../common/src/status';
import { taskRow } from './executionRows';
import { statusIcon } from './statusIcon';
import type { ExecutionNode } from './executionNode';

/** One task execution; a leaf. */
export class TaskNode extends vscode.TreeItem {
  readonly kind = 'task';
  readonly taskId: string;
  readonly workflowId: string;
  readonly referenceTaskName: string;
  readonly status: TaskStatus;

  constructor(
    task: Task,
    readonly parent: ExecutionNode,
  ) {
    const row = taskRow(task);
    super(row.label, vscode.TreeItemCollapsibleState.None);
    this.taskId = task.taskId;
    this.workflowId = task.workflowInstanceId || parent.workflowId;
    this.referenceTaskName = task.referenceTaskName;
    this.status = task.status;
    this.id = `task:${task.taskId}`;
    this.description = row.description;
    this.tooltip = new vscode.MarkdownString(row.tooltip);
    this.contextValue = `task.${task.status}`;
    this.iconPath = statusIcon(task.status);
    this.command = { title: 'Open Task JSON', command: 'conductor.openTaskJson', arguments: [this] };
  }
}
