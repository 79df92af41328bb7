/**
 * The Workflow Definitions view: registered names, each with its versions newest first.
 */
import type { ConductorClient } from '../../api';
import type { ConnectionService } from '../../connection/connection';
import { loadWorkflows } from './definitionsModel';
import { DefinitionsProvider, type DefinitionNode } from './definitionsProvider';
import { WorkflowNameNode } from './workflowNodes';

/** Tree data of `conductor.workflowDefinitions`. */
export class WorkflowDefinitionsProvider extends DefinitionsProvider {
  constructor(connections: ConnectionService) {
    super(connections, 'workflow definitions');
  }

  protected async load(client: ConductorClient, node: DefinitionNode | undefined): Promise<DefinitionNode[]> {
    if (node instanceof WorkflowNameNode) return [...node.versions];
    if (node !== undefined) return [];
    const fresh = this.reread;
    this.reread = true;
    return (await loadWorkflows(client, fresh)).map((entry) => new WorkflowNameNode(entry));
  }
}
