/**
 * A node of the Task Definitions view: one registered task definition, with its retry and timeout settings in the
 * description and tooltip, since those are what people look a task definition up for. Missing fields show
 * Conductor's TaskDef defaults (§1.5).
 */
import * as vscode from 'vscode';
import type { TaskDef } from '../../../../common/src/model';
import type { DefinitionRef } from '../../documents/definitionKind';
import { OPEN_DEFINITION_COMMAND } from './viewIds';

/** One registered task definition. */
export class TaskDefNode extends vscode.TreeItem {
  readonly name: string;
  readonly ref: DefinitionRef;

  constructor(def: TaskDef) {
    super(def.name, vscode.TreeItemCollapsibleState.None);
    this.name = def.name;
    this.ref = { kind: 'taskdef', name: def.name };
    this.id = `taskdef/${def.name}`;
    const retries = def.retryCount ?? 3;
    this.description = `${retries} ${retries === 1 ? 'retry' : 'retries'}, timeout ${def.timeoutSeconds ?? 0}s`;
    const lines = [
      def.description,
      `Retries: ${retries} (${def.retryLogic ?? 'FIXED'}, ${def.retryDelaySeconds ?? 60}s apart)`,
      `Timeout: ${def.timeoutSeconds ?? 0}s (${def.timeoutPolicy ?? 'TIME_OUT_WF'}), response ${def.responseTimeoutSeconds ?? 3600}s`,
      def.ownerEmail === undefined ? undefined : `Owner: ${def.ownerEmail}`,
    ];
    this.tooltip = lines.filter((line) => line !== undefined).join('\n');
    this.iconPath = new vscode.ThemeIcon('symbol-method');
    this.contextValue = 'taskDefinition';
    this.command = { command: OPEN_DEFINITION_COMMAND, title: 'Open', arguments: [this] };
  }
}
