/**
 * Event handlers and schedules in a real VS Code against the Local engine: registered from their files, listed under
 * their groups, an event handler disabled, a paused schedule resumed (its next runs appear) and paused again.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConnectionService } from '../../../client/src/connection/connection';
import type { DefinitionNode } from '../../../client/src/views/definitions/definitionsProvider';
import { EventsAndSchedulesProvider } from '../../../client/src/views/definitions/eventsAndSchedulesProvider';
import {
  EventHandlerNode,
  GroupNode,
  NextRunNode,
  ScheduleNode,
} from '../../../client/src/views/definitions/eventScheduleNodes';
import { cleanSnap, confirmed, connectLocal } from './definitionsHelpers';
import { workspaceUri } from './helpers';

suite('Definitions: events and schedules', () => {
  let connections: ConnectionService;

  suiteSetup(async () => {
    ({ connections } = await connectLocal());
  });

  test('registers an event handler and a schedule, toggles them, and shows next runs', async () => {
    for (const file of ['definitions/itest_payments.event.json', 'definitions/itest_hourly.schedule.json']) {
      await vscode.commands.executeCommand('conductor.registerDefinition', workspaceUri(file), confirmed);
    }
    const view = new EventsAndSchedulesProvider(connections);
    const child = async <T extends DefinitionNode>(group: 'events' | 'schedules', type: new (...a: never[]) => T) =>
      (await view.getChildren(new GroupNode(group))).find((node): node is T => node instanceof type);
    assert.equal((await child('events', EventHandlerNode))?.contextValue, 'eventHandler.active');
    assert.equal(
      await vscode.commands.executeCommand('conductor.disableEventHandler', await child('events', EventHandlerNode)),
      true,
    );
    assert.equal((await child('events', EventHandlerNode))?.contextValue, 'eventHandler.inactive');
    assert.equal((await child('schedules', ScheduleNode))?.contextValue, 'schedule.paused');
    assert.equal(
      await vscode.commands.executeCommand('conductor.resumeSchedule', await child('schedules', ScheduleNode)),
      true,
    );
    const schedule = await child('schedules', ScheduleNode);
    const runs = schedule ? await view.getChildren(schedule) : [];
    assert.ok(runs.length > 0 && runs.every((node) => node instanceof NextRunNode), 'next runs are listed');
    await vscode.commands.executeCommand('conductor.pauseSchedule', schedule, 'tests');
    assert.equal((await child('schedules', ScheduleNode))?.contextValue, 'schedule.paused');
    await vscode.commands.executeCommand('conductor.eventsAndSchedules.focus');
    await cleanSnap('definitions-events-schedules');
  });
});
