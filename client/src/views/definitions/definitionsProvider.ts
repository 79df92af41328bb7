/**
 * What the three definition views share: connect on demand (a visible view is what the user asked for), turn every
 * failure into an error node naming the profile and the next step, refresh on request, and parents for `reveal`.
 * An empty list stays empty so the view's welcome content shows.
 */
import * as vscode from 'vscode';
import type { ConductorClient } from '../../api';
import type { ConnectionService } from '../../connection/connection';
import type { EventHandlerNode, GroupNode, NextRunNode, ScheduleNode } from './eventScheduleNodes';
import { describeLoadFailure } from './loadFailure';
import { ErrorNode, type NoteNode } from './messageNode';
import type { TaskDefNode } from './taskDefNode';
import { WorkflowVersionNode, type WorkflowNameNode } from './workflowNodes';

/** Every node kind of the definition views. */
export type DefinitionNode =
  | WorkflowNameNode
  | WorkflowVersionNode
  | TaskDefNode
  | GroupNode
  | EventHandlerNode
  | ScheduleNode
  | NextRunNode
  | ErrorNode
  | NoteNode;

/** A definition node that addresses a registered definition (open, download, unregister). */
export type DefinitionLeaf = WorkflowVersionNode | TaskDefNode | EventHandlerNode | ScheduleNode;

/** The base of the definition views' providers. */
export abstract class DefinitionsProvider implements vscode.TreeDataProvider<DefinitionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DefinitionNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The top-level nodes last shown, for `reveal` after a register. */
  protected roots: readonly DefinitionNode[] = [];

  constructor(
    private readonly connections: ConnectionService,
    /** What the view lists, for error nodes: "workflow definitions". */
    private readonly what: string,
  ) {}

  /** The children of `node` (the top level when undefined), loaded with the active connection's client. */
  protected abstract load(client: ConductorClient, node: DefinitionNode | undefined): Promise<DefinitionNode[]>;

  /**
   * False when the next load may reuse what this connection just read (a reconnect, when the registry reads the same
   * list at the same moment); true after a change or on the user's refresh.
   */
  protected reread = true;

  /** Reloads the whole view; `reread` false lets it share a read just made for the connection. */
  refresh(reread = true): void {
    this.reread = reread;
    this.changed.fire(undefined);
  }

  getTreeItem(node: DefinitionNode): vscode.TreeItem {
    return node;
  }

  getParent(node: DefinitionNode): DefinitionNode | undefined {
    return node instanceof WorkflowVersionNode ? node.parent : undefined;
  }

  async getChildren(node?: DefinitionNode): Promise<DefinitionNode[]> {
    let connection;
    try {
      connection = await this.connections.connect();
    } catch (error) {
      return [new ErrorNode(describeLoadFailure(this.what, undefined, error))];
    }
    try {
      const children = await this.load(connection.client, node);
      if (node === undefined) this.roots = children;
      return children;
    } catch (error) {
      return [new ErrorNode(describeLoadFailure(this.what, connection.profile.name, error))];
    }
  }

  /** The top-level nodes last shown. */
  shownRoots(): readonly DefinitionNode[] {
    return this.roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
