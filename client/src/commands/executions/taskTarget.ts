/**
 * The task a task command applies to: a task node (or anything with `taskId`), or a task id string. Task commands
 * are offered on task nodes only, so there is no pick from the palette: it says what to do instead.
 */
import * as vscode from 'vscode';

/** A task chosen for a command. */
export interface TaskTarget {
  readonly taskId: string;
  readonly referenceTaskName?: string;
}

/** The task `argument` names, or undefined after telling the user to use the view. */
export function taskTarget(argument: unknown): TaskTarget | undefined {
  if (typeof argument === 'string' && argument.trim() !== '') return { taskId: argument.trim() };
  if (typeof argument === 'object' && argument !== null && typeof (argument as TaskTarget).taskId === 'string') {
    return argument as TaskTarget;
  }
  void vscode.window.showInformationMessage('Choose a task in the Executions view (expand an execution) first.');
  return undefined;
}
