/**
 * Fetches one registered definition of any kind. Event handlers have no GET by name in Conductor (§3.4), so they
 * are found in the list. Pure: no `vscode` import.
 */
import type { ConductorClient } from '../api';
import { ConductorApiError } from '../api';
import { describeRef, type DefinitionRef } from './definitionKind';

/** The registered definition; rejects with a 404-style ConductorApiError when it does not exist. */
export async function fetchDefinition(client: ConductorClient, ref: DefinitionRef): Promise<unknown> {
  switch (ref.kind) {
    case 'workflow':
      return client.metadata.getWorkflowDef(ref.name, ref.version);
    case 'taskdef':
      return client.metadata.getTaskDef(ref.name);
    case 'schedule':
      return client.schedules.get(ref.name);
    case 'event': {
      const handler = (await client.events.list()).find((each) => each.name === ref.name);
      if (handler) return handler;
      const message = `No ${describeRef(ref)} is registered.`;
      throw new ConductorApiError(message, { status: 404, method: 'GET', path: '/api/event', serverMessage: message });
    }
  }
}
