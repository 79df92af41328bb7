/**
 * Sends the language server the outputs of the last run of each workflow file (their keys only, see
 * `outputSkeleton`), so completion inside `${ref.output.…}` offers what the tasks really produced. The whole set goes
 * each time: the language client replays a notification's last value to a restarted server.
 */
import type * as vscode from 'vscode';
import type { Workflow } from '../../../common/src/model';
import {
  LAST_RUN_OUTPUTS_NOTIFICATION,
  outputSkeleton,
  type LastRunOutputs,
  type LastRunOutputsParams,
} from '../../../server/src/service/lastRunOutputs';
import type { LastRunDiagnostics } from './lastRunDiagnostics';
import { lastAttempts } from './lastRunTasks';

/** The files whose last run is kept; the oldest is dropped beyond that. */
const MAX_FILES = 50;

/** What sends a notification to the language server (the language client host). */
export interface Notifier {
  notify(method: string, params: unknown): Promise<void>;
}

/** The output skeleton of each task reference's last attempt; loop tasks (`ref__N`, §4.1) under `ref`. */
export function lastRunOutputs(workflow: Workflow): LastRunOutputs {
  const outputs: Record<string, unknown> = {};
  for (const [ref, task] of lastAttempts(workflow.tasks ?? [], true))
    outputs[ref] = outputSkeleton(task.outputData ?? {});
  return { workflowId: workflow.workflowId, outputs };
}

/** Forwards every ended run of `runs` to `notifier`; the subscription ends with the returned disposable. */
export function forwardLastRunOutputs(runs: LastRunDiagnostics, notifier: Notifier): vscode.Disposable {
  const files = new Map<string, LastRunOutputs>();
  return runs.onDidEnd(({ file, workflow }) => {
    const key = file.toString();
    files.delete(key);
    files.set(key, lastRunOutputs(workflow));
    for (const oldest of files.keys()) {
      if (files.size <= MAX_FILES) break;
      files.delete(oldest);
    }
    const params: LastRunOutputsParams = { files: Object.fromEntries(files) };
    void notifier.notify(LAST_RUN_OUTPUTS_NOTIFICATION, params);
  });
}
