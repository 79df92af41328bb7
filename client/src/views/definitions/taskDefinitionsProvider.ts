/**
 * The Task Definitions view: every registered task definition by name.
 */
import type { ConductorClient } from '../../api';
import type { ConnectionService } from '../../connection/connection';
import { loadTaskDefs } from './definitionsModel';
import { DefinitionsProvider, type DefinitionNode } from './definitionsProvider';
import { TaskDefNode } from './taskDefNode';

/** Tree data of `conductor.taskDefinitions`. */
export class TaskDefinitionsProvider extends DefinitionsProvider {
  constructor(connections: ConnectionService) {
    super(connections, 'task definitions');
  }

  protected async load(client: ConductorClient, node: DefinitionNode | undefined): Promise<DefinitionNode[]> {
    if (node !== undefined) return [];
    return (await loadTaskDefs(client)).map((def) => new TaskDefNode(def));
  }
}
