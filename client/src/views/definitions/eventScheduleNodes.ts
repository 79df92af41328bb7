/**
 * Nodes of the Events & Schedules view: the two groups, an event handler (contextValue `eventHandler.active` or
 * `eventHandler.inactive`, for enable/disable), a schedule (`schedule.active` or `schedule.paused`, expandable to
 * its next run times) and one next run.
 */
import * as vscode from 'vscode';
import type { EventHandler, WorkflowSchedule } from '../../../../common/src/model';
import type { DefinitionRef } from '../../documents/definitionKind';
import { scheduleCrons } from './definitionsModel';
import { OPEN_DEFINITION_COMMAND } from './viewIds';

/** "Event Handlers" or "Schedules": loads its children when expanded. */
export class GroupNode extends vscode.TreeItem {
  constructor(readonly group: 'events' | 'schedules') {
    super(group === 'events' ? 'Event Handlers' : 'Schedules', vscode.TreeItemCollapsibleState.Expanded);
    this.id = `group/${group}`;
    this.iconPath = new vscode.ThemeIcon(group === 'events' ? 'zap' : 'calendar');
    this.contextValue = `definitionGroup.${group}`;
  }
}

/** One event handler (§1.9: `active` defaults to false). */
export class EventHandlerNode extends vscode.TreeItem {
  readonly name: string;
  readonly ref: DefinitionRef;
  readonly active: boolean;

  constructor(readonly handler: EventHandler) {
    super(handler.name, vscode.TreeItemCollapsibleState.None);
    this.name = handler.name;
    this.ref = { kind: 'event', name: handler.name };
    this.active = handler.active === true;
    this.id = `event/${handler.name}`;
    this.description = this.active ? handler.event : `${handler.event} (disabled)`;
    const actions = handler.actions.map((action) => action.action).join(', ');
    this.tooltip = `On ${handler.event}${handler.condition ? ` when ${handler.condition}` : ''}: ${actions}`;
    this.iconPath = new vscode.ThemeIcon(this.active ? 'zap' : 'circle-slash');
    this.contextValue = this.active ? 'eventHandler.active' : 'eventHandler.inactive';
    this.command = { command: OPEN_DEFINITION_COMMAND, title: 'Open', arguments: [this] };
  }
}

/** One schedule; expanding it asks the server for its next run times. */
export class ScheduleNode extends vscode.TreeItem {
  readonly name: string;
  readonly ref: DefinitionRef;

  constructor(readonly schedule: WorkflowSchedule) {
    super(schedule.name, vscode.TreeItemCollapsibleState.Collapsed);
    this.name = schedule.name;
    this.ref = { kind: 'schedule', name: schedule.name };
    this.id = `schedule/${schedule.name}`;
    const crons = scheduleCrons(schedule).join(' | ');
    const target = schedule.startWorkflowRequest?.name ?? '?';
    this.description = `${schedule.paused === true ? 'paused · ' : ''}${crons} → ${target}`;
    const zone = schedule.zoneId ?? 'UTC';
    const paused =
      schedule.paused === true ? `\nPaused${schedule.pausedReason ? `: ${schedule.pausedReason}` : ''}` : '';
    this.tooltip = `${schedule.description ?? schedule.name}\nCron: ${crons} (${zone})\nStarts: ${target}${paused}`;
    this.iconPath = new vscode.ThemeIcon(schedule.paused === true ? 'debug-pause' : 'calendar');
    this.contextValue = schedule.paused === true ? 'schedule.paused' : 'schedule.active';
    this.command = { command: OPEN_DEFINITION_COMMAND, title: 'Open', arguments: [this] };
  }
}

/** One next run time of a schedule. */
export class NextRunNode extends vscode.TreeItem {
  constructor(time: number, parentId: string) {
    super(new Date(time).toLocaleString(), vscode.TreeItemCollapsibleState.None);
    this.id = `${parentId}/next/${time}`;
    this.description = new Date(time).toISOString();
    this.iconPath = new vscode.ThemeIcon('clock');
    this.contextValue = 'schedule.nextRun';
  }
}
