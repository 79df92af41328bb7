/**
 * Registers every command of the Executions view: listing (refresh, load more, filter, reveal), the execution
 * actions and the task actions. Handlers return what they did so other commands and tests can await them.
 */
import * as vscode from 'vscode';
import type { ExecutionsContext } from './executionsContext';
import { clearExecutionFilter } from './clearExecutionFilter';
import { filterExecutions } from './filterExecutions';
import { refreshExecutions } from './refreshExecutions';
import { revealExecution } from './revealExecution';
import { pauseExecution } from './pauseExecution';
import { resumeExecution } from './resumeExecution';
import { terminateExecution } from './terminateExecution';
import { restartExecution } from './restartExecution';
import { retryExecution } from './retryExecution';
import { rerunExecution, type RerunChoice } from './rerunExecution';
import { skipTask } from './skipTask';
import { deleteExecution } from './deleteExecution';
import { copyExecutionId } from './copyExecutionId';
import { saveRunAsMocks } from './saveRunAsMocks';
import { copyTaskId } from './copyTaskId';
import { openExecutionJson } from './openExecutionJson';
import { openTaskJson } from './openTaskJson';
import { showTaskLogs } from './showTaskLogs';
import type { ExecutionFilter } from '../../views/executions/executionFilter';

type Handler = (context: ExecutionsContext, ...args: unknown[]) => unknown;

const HANDLERS: Readonly<Record<string, Handler>> = {
  'conductor.refreshExecutions': refreshExecutions,
  'conductor.loadMoreExecutions': (context) => context.tree.loadMore(),
  'conductor.filterExecutions': (context, filter) => filterExecutions(context, filter as ExecutionFilter | undefined),
  'conductor.clearExecutionFilter': clearExecutionFilter,
  'conductor.revealExecution': (context, id) => revealExecution(context, id),
  'conductor.pauseExecution': pauseExecution,
  'conductor.resumeExecution': resumeExecution,
  'conductor.terminateExecution': terminateExecution,
  'conductor.restartExecution': restartExecution,
  'conductor.retryExecution': retryExecution,
  'conductor.rerunExecution': (context, node, choice) =>
    rerunExecution(context, node, choice as RerunChoice | undefined),
  'conductor.skipTask': skipTask,
  'conductor.deleteExecution': deleteExecution,
  'conductor.openExecutionJson': openExecutionJson,
  'conductor.copyExecutionId': copyExecutionId,
  'conductor.saveRunAsMocks': saveRunAsMocks,
  'conductor.openTaskJson': openTaskJson,
  'conductor.copyTaskId': copyTaskId,
  'conductor.showTaskLogs': showTaskLogs,
};

/** Registers the commands; their disposables go to the extension's subscriptions. */
export function registerExecutionCommands(context: ExecutionsContext): void {
  for (const [id, handler] of Object.entries(HANDLERS)) {
    context.services.context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => handler(context, ...args)),
    );
  }
}
