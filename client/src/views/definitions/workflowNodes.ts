/**
 * Nodes of the Workflow Definitions view: a workflow name (collapsed, its versions below, newest first) and one
 * version. Version nodes carry `name` and `version` with contextValue `workflowDefinition.version`, the shape other
 * features' commands accept (e.g. `conductor.startWorkflow`).
 */
import * as vscode from 'vscode';
import type { WorkflowDefSummary } from '../../../../common/src/model';
import type { DefinitionRef } from '../../documents/definitionKind';
import { OPEN_DEFINITION_COMMAND } from './viewIds';
import type { WorkflowEntry } from './definitionsModel';

/** A registered workflow name; starting it starts the latest version. */
export class WorkflowNameNode extends vscode.TreeItem {
  readonly name: string;
  readonly versions: readonly WorkflowVersionNode[];

  constructor(entry: WorkflowEntry) {
    super(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
    this.name = entry.name;
    this.id = `workflow/${entry.name}`;
    this.versions = entry.versions.map((summary) => new WorkflowVersionNode(summary, this));
    const latest = entry.versions[0]?.version;
    const count = entry.versions.length;
    this.description = count === 1 ? `v${latest}` : `${count} versions, latest v${latest}`;
    this.iconPath = new vscode.ThemeIcon('type-hierarchy');
    this.contextValue = 'workflowDefinition';
  }
}

/** One registered version of a workflow. */
export class WorkflowVersionNode extends vscode.TreeItem {
  readonly name: string;
  readonly version: number;
  readonly ref: DefinitionRef;

  constructor(
    summary: WorkflowDefSummary,
    readonly parent: WorkflowNameNode,
  ) {
    super(`v${summary.version}`, vscode.TreeItemCollapsibleState.None);
    this.name = summary.name;
    this.version = summary.version;
    this.ref = { kind: 'workflow', name: summary.name, version: summary.version };
    this.id = `workflow/${summary.name}/${summary.version}`;
    const changed = summary.updateTime ?? summary.createTime;
    if (changed !== undefined) this.description = new Date(changed).toLocaleString();
    this.tooltip = `${summary.name} v${summary.version}${changed === undefined ? '' : `, saved ${this.description}`}`;
    this.iconPath = new vscode.ThemeIcon('versions');
    this.contextValue = 'workflowDefinition.version';
    this.command = { command: OPEN_DEFINITION_COMMAND, title: 'Open', arguments: [this] };
  }
}
