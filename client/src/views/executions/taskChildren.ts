/**
 * The children of an execution node: its tasks in schedule order, read fresh from the server on every expand and
 * refresh, or a node saying why they could not be read.
 */
import { errorMessage } from '../../api';
import type { ConnectionService } from '../../connection/connection';
import { orderedTasks } from './executionRows';
import type { ExecutionNode } from './executionNode';
import { MessageNode } from './messageNode';
import { TaskNode } from './taskNode';

/** The task nodes of `node`'s execution. */
export async function taskChildren(
  connections: ConnectionService,
  node: ExecutionNode,
): Promise<(TaskNode | MessageNode)[]> {
  try {
    const { client } = await connections.connect();
    const workflow = await client.workflows.get(node.workflowId, true);
    const tasks = orderedTasks(workflow).map((task) => new TaskNode(task, node));
    return tasks.length > 0 ? tasks : [new MessageNode('empty', 'No tasks scheduled yet', { parent: node })];
  } catch (error) {
    return [new MessageNode('error', 'Could not read the tasks', { description: errorMessage(error), parent: node })];
  }
}
