/**
 * The task types Conductor knows, read from the schema (`x-knownTypes` on WorkflowTask's `type` property) so the
 * list lives in one place.
 */
import taskSchema from '../../../../schemas/workflow-task.schema.json';
import { isObject } from './jsonValue';

/** Every known task type, from the schema. */
export const KNOWN_TASK_TYPES: ReadonlySet<string> = new Set(readKnownTypes(taskSchema));

/** Finds the `x-knownTypes` array wherever the schema declares the `type` property. */
function readKnownTypes(schema: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 20 || typeof node !== 'object' || node === null) return;
    if (isObject(node) && Array.isArray(node['x-knownTypes'])) {
      for (const type of node['x-knownTypes']) if (typeof type === 'string') found.push(type);
    }
    for (const child of Object.values(node)) visit(child, depth + 1);
  };
  visit(schema, 0);
  return found;
}
