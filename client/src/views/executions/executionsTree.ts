/**
 * The Executions view's data: the filtered, paged search of the active connection, with each execution's tasks
 * as children. Requests go through `ExecutionPages` and the connection's client; the tree only turns results into
 * nodes, and says so with an error node when the server cannot be reached.
 */
import * as vscode from 'vscode';
import { errorMessage } from '../../api';
import type { Connection, ConnectionService } from '../../connection/connection';
import { ExecutionNode } from './executionNode';
import { ExecutionPages } from './executionPages';
import { isEmptyFilter, type ExecutionFilter } from './executionFilter';
import { listErrorNode, loadMoreNode, noMatchNode } from './messageNodes';
import type { MessageNode } from './messageNode';
import { taskChildren } from './taskChildren';
import type { TaskNode } from './taskNode';

/** Any node of the Executions view. */
export type ExecutionsTreeNode = ExecutionNode | TaskNode | MessageNode;

type LoadMode = 'reset' | 'reload' | 'more';

/** Tree data provider of `conductor.executions`. */
export class ExecutionsTree implements vscode.TreeDataProvider<ExecutionsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExecutionsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private pages = new ExecutionPages();
  private nodes = new Map<string, ExecutionNode>();
  private profileName = '';
  // Loads run one after the other so a poll and a "Load more…" never interleave their pages.
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly connections: ConnectionService,
    private filterValue: ExecutionFilter = {},
  ) {}

  /** The filter in force. */
  get filter(): ExecutionFilter {
    return this.filterValue;
  }

  /** True when polling could show something new: a listed execution still runs, or the last load failed. */
  get wantsPolling(): boolean {
    const { executions, error } = this.pages.snapshot();
    return error !== undefined || executions.some((execution) => execution.status === 'RUNNING');
  }

  /** Re-reads the listed executions (and, through VS Code, the expanded ones' tasks); false when that failed. */
  async refresh(): Promise<boolean> {
    await this.load('reload');
    return this.pages.snapshot().error === undefined;
  }

  /** Lists the first page of a new filter. */
  setFilter(filter: ExecutionFilter): Promise<void> {
    this.filterValue = filter;
    return this.load('reset');
  }

  /** Appends the next page. */
  loadMore(): Promise<void> {
    return this.load('more');
  }

  /** Another profile or a lost connection drops the list; VS Code reads it again only while the view is shown. */
  connectionChanged(connection: Connection | undefined): void {
    const sameServer = connection !== undefined && connection.profile.name === this.profileName;
    const { loaded, error } = this.pages.snapshot();
    if (sameServer && loaded && error === undefined) return;
    this.pages = new ExecutionPages();
    this.nodes = new Map();
    this.changed.fire(undefined);
  }

  /** The listed execution nodes, newest first. */
  listed(): ExecutionNode[] {
    return [...this.nodes.values()];
  }

  /** The listed node of an execution, if it is listed. */
  find(workflowId: string): ExecutionNode | undefined {
    return this.nodes.get(workflowId);
  }

  getTreeItem(node: ExecutionsTreeNode): vscode.TreeItem {
    return node;
  }

  getParent(node: ExecutionsTreeNode): ExecutionNode | undefined {
    return node instanceof ExecutionNode ? undefined : node.parent;
  }

  async getChildren(node?: ExecutionsTreeNode): Promise<ExecutionsTreeNode[]> {
    if (!node) return this.rootChildren();
    return node instanceof ExecutionNode ? taskChildren(this.connections, node) : [];
  }

  dispose(): void {
    this.changed.dispose();
  }

  private load(mode: LoadMode): Promise<void> {
    return this.enqueue(mode).then(() => this.changed.fire(undefined));
  }

  private enqueue(mode: LoadMode): Promise<void> {
    // A failure is recorded in the pages (and shown as the error node) so the queue itself never rejects.
    this.queue = this.queue
      .then(() => this.loadNow(mode))
      .catch((error: unknown) => this.pages.fail(errorMessage(error)));
    return this.queue;
  }

  // Nodes are rebuilt with the data, so `find` sees a new execution as soon as a load resolves.
  private async loadNow(mode: LoadMode): Promise<void> {
    const connection = await this.connect();
    if (connection) {
      const { client } = connection;
      if (mode === 'more') await this.pages.loadMore(client, this.filterValue);
      else if (mode === 'reload') await this.pages.reload(client, this.filterValue);
      else await this.pages.reset(client, this.filterValue);
    }
    const { executions } = this.pages.snapshot();
    this.nodes = new Map(executions.map((summary) => [summary.workflowId, new ExecutionNode(summary)]));
  }

  private async connect(): Promise<Connection | undefined> {
    try {
      // connect() resolves at once when connected, and notices a profile switch before its event arrives.
      const connection = await this.connections.connect();
      this.profileName = connection.profile.name;
      return connection;
    } catch (error) {
      this.pages.fail(errorMessage(error));
      return undefined;
    }
  }

  private async rootChildren(): Promise<ExecutionsTreeNode[]> {
    if (!this.pages.snapshot().loaded) await this.enqueue('reset');
    const snapshot = this.pages.snapshot();
    const children: ExecutionsTreeNode[] = [...this.nodes.values()];
    if (snapshot.error !== undefined) children.unshift(listErrorNode(this.profileName, snapshot.error));
    else if (this.pages.hasMore) children.push(loadMoreNode(snapshot.executions.length, snapshot.totalHits));
    else if (children.length === 0 && !isEmptyFilter(this.filterValue)) children.push(noMatchNode());
    // An empty, unfiltered list stays empty so the view's welcome content ("Start a workflow") shows.
    return children;
  }
}
