/**
 * Shows how an execution started from a workflow file ended, in that file: after a start or execute from the file,
 * the run is followed (a bounded poll, backing off) until it ends, and where it went wrong becomes warnings in the
 * Problems view (lastRunFindings). Warnings, not errors: the file is not wrong, and Register refuses only errors. A
 * new run of the file replaces them; any edit clears them, since their places may have moved; deleting (or renaming)
 * the file drops them.
 */
import * as vscode from 'vscode';
import type { Workflow } from '../../../common/src/model';
import type { ConductorClient } from '../api';
import { errorMessage } from '../api/apiError';
import { checkRun } from './checkRun';
import { lastRunFindings } from './lastRunFindings';

/** The `source` of every last-run diagnostic (the code action provider finds them by it). */
export const LAST_RUN_SOURCE = 'Conductor last run';

/** Seconds between polls: quick at first (most local runs end within a second), then every 5 s, for 30 minutes. */
const POLL_DELAYS_MS = [300, 700, 1000, 2000, 3000];
const POLL_EVERY_MS = 5000;
const GIVE_UP_AFTER_MS = 30 * 60 * 1000;

/** A followed run that ended, and the file it was started from. */
export interface EndedRun {
  readonly file: vscode.Uri;
  readonly workflow: Workflow;
}

/** The last run of each workflow file and its diagnostics. */
export class LastRunDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('conductor-last-run');
  private readonly ended = new vscode.EventEmitter<EndedRun>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a followed run has ended, after its marks are set. */
  readonly onDidEnd = this.ended.event;
  /** Fires with the file when its run starts being followed or ends. */
  readonly onDidChange = this.changed.event;
  /** Each file's last ended run, its tasks without inputs and outputs (for the inlay hints). */
  private readonly endedRuns = new Map<string, Workflow>();
  /** The execution each file's marks (or poll) belong to, by file URI. */
  private readonly runs = new Map<string, string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly editListener = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.contentChanges.length > 0) this.collection.delete(event.document.uri);
  });
  /** A deleted or renamed file's marks would stay in the Problems view on a file that is gone, its poll going on. */
  private readonly deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  private readonly deleteListener = this.deletions.onDidDelete((deleted) => this.forget(deleted));

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** The last run of `file` that ended and is still current (no newer run started since). */
  endedRunOf(file: vscode.Uri): Workflow | undefined {
    return this.endedRuns.get(file.toString());
  }

  /** The execution whose marks `file` shows (or is waiting for). */
  workflowIdOf(file: vscode.Uri): string | undefined {
    return this.runs.get(file.toString());
  }

  /** Follows execution `workflowId`, started from `file`, until it ends; replaces the file's previous run. */
  watch(file: vscode.Uri, workflowId: string, client: ConductorClient): void {
    const key = file.toString();
    clearTimeout(this.timers.get(key));
    this.collection.delete(file);
    this.runs.set(key, workflowId);
    this.endedRuns.delete(key);
    this.changed.fire(file);
    const startedAt = Date.now();
    let unreachable = false;
    const poll = async (attempt: number): Promise<void> => {
      if (this.runs.get(key) !== workflowId) return;
      const check = await checkRun(client.workflows, workflowId);
      if (this.runs.get(key) !== workflowId) return;
      // The file may be gone by now (deleted, renamed): say so, never an unhandled rejection.
      if (check.kind === 'ended')
        return this.show(file, check.workflow).catch((error: unknown) => this.cannotShow(error));
      if (check.kind === 'gone')
        return void this.log.warn(`Stopped following execution ${workflowId}: ${check.reason}`);
      // One line per outage, not one per poll: the server may stay down for the whole 30 minutes.
      if (check.kind === 'unreachable' && !unreachable) {
        this.log.warn(`Execution ${workflowId}: ${check.reason} Following it goes on until the server answers.`);
      }
      unreachable = check.kind === 'unreachable';
      if (Date.now() - startedAt > GIVE_UP_AFTER_MS) return;
      const delay = POLL_DELAYS_MS[attempt] ?? POLL_EVERY_MS;
      this.timers.set(
        key,
        setTimeout(() => void poll(attempt + 1), delay),
      );
    };
    void poll(0);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.runs.clear();
    this.editListener.dispose();
    this.deleteListener.dispose();
    this.deletions.dispose();
    this.collection.dispose();
    this.ended.dispose();
    this.changed.dispose();
  }

  /** Drops the run of `deleted`, or of every file under it when it is a folder. */
  private forget(deleted: vscode.Uri): void {
    const gone = deleted.toString();
    for (const key of [...this.runs.keys()].filter((key) => key === gone || key.startsWith(`${gone}/`))) {
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      this.runs.delete(key);
      this.endedRuns.delete(key);
      const file = vscode.Uri.parse(key);
      this.collection.delete(file);
      this.changed.fire(file);
    }
  }

  private cannotShow(error: unknown): void {
    this.log.warn(`Could not mark the last run in its file: ${errorMessage(error)}`);
  }

  private async show(file: vscode.Uri, workflow: Workflow): Promise<void> {
    const document = await vscode.workspace.openTextDocument(file);
    const diagnostics = lastRunFindings(document.getText(), workflow).map((finding) => {
      const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
      const diagnostic = new vscode.Diagnostic(range, finding.message, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = LAST_RUN_SOURCE;
      return diagnostic;
    });
    this.collection.set(file, diagnostics);
    this.endedRuns.set(file.toString(), withoutData(workflow));
    this.ended.fire({ file, workflow });
    this.changed.fire(file);
    this.log.info(`Execution ${workflow.workflowId} of ${file.fsPath} ended ${workflow.status}`);
  }
}

/** `workflow` without its input, output and its tasks' data: what is kept per file stays small. */
function withoutData(workflow: Workflow): Workflow {
  const tasks = workflow.tasks?.map(({ inputData: _input, outputData: _output, workflowTask: _task, ...task }) => task);
  const { input: _input, output: _output, variables: _variables, workflowDefinition: _definition, ...rest } = workflow;
  return { ...rest, tasks };
}
