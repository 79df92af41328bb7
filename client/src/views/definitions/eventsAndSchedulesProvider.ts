/**
 * The Events & Schedules view: two groups. Each group loads on its own, so a server without the scheduler module
 * (plain Conductor OSS answers 404 under `/api/scheduler`) still lists its event handlers, and says why schedules
 * are missing instead of showing none.
 */
import { ConductorApiError, type ConductorClient } from '../../api';
import type { ConnectionService } from '../../connection/connection';
import { loadEventHandlers, loadNextRuns, loadSchedules } from './definitionsModel';
import { DefinitionsProvider, type DefinitionNode } from './definitionsProvider';
import { EventHandlerNode, GroupNode, NextRunNode, ScheduleNode } from './eventScheduleNodes';
import { NoteNode } from './messageNode';

/** Shown when the server has no scheduler API. */
export const NO_SCHEDULER_NOTE = 'This server has no scheduler API';

/** Tree data of `conductor.eventsAndSchedules`. */
export class EventsAndSchedulesProvider extends DefinitionsProvider {
  constructor(connections: ConnectionService) {
    super(connections, 'event handlers and schedules');
  }

  protected async load(client: ConductorClient, node: DefinitionNode | undefined): Promise<DefinitionNode[]> {
    if (node === undefined) return [new GroupNode('events'), new GroupNode('schedules')];
    if (node instanceof GroupNode) return node.group === 'events' ? this.handlers(client) : this.schedules(client);
    if (node instanceof ScheduleNode) return this.nextRuns(client, node);
    return [];
  }

  private async handlers(client: ConductorClient): Promise<DefinitionNode[]> {
    const handlers = await loadEventHandlers(client);
    if (handlers.length === 0) return [new NoteNode('No event handlers registered')];
    return handlers.map((handler) => new EventHandlerNode(handler));
  }

  private async schedules(client: ConductorClient): Promise<DefinitionNode[]> {
    try {
      const schedules = await loadSchedules(client);
      if (schedules.length === 0) return [new NoteNode('No schedules registered')];
      return schedules.map((schedule) => new ScheduleNode(schedule));
    } catch (error) {
      if (!(error instanceof ConductorApiError && error.isNotFound)) throw error;
      return [
        new NoteNode(
          NO_SCHEDULER_NOTE,
          `${error.message}\nConductor OSS serves schedules only with its scheduler module.`,
        ),
      ];
    }
  }

  private async nextRuns(client: ConductorClient, node: ScheduleNode): Promise<DefinitionNode[]> {
    if (node.schedule.paused === true) return [new NoteNode('Paused: no runs until resumed')];
    const times = await loadNextRuns(client, node.schedule);
    if (times.length === 0) return [new NoteNode('No run ahead (ended or no cron)')];
    return times.map((time) => new NextRunNode(time, node.id ?? node.name));
  }
}
