/**
 * Task-type documentation from the schema (`x-typeDocs` on WorkflowTask's `type` property), for completion and
 * hover. The known types themselves come from the rules' `KNOWN_TASK_TYPES` (also read from the schema).
 */
import taskSchema from '../../../../schemas/workflow-task.schema.json';
import { isObject } from '../model/jsonValue';

const typeProperty: unknown = isObject(taskSchema.properties) ? taskSchema.properties.type : undefined;
const docs: unknown = isObject(typeProperty) ? typeProperty['x-typeDocs'] : undefined;

/** Markdown docs of a task type (behaviour, inputs, outputs), if the schema has them. */
export function taskTypeDocs(type: string): string | undefined {
  const text = isObject(docs) ? docs[type] : undefined;
  return typeof text === 'string' ? text : undefined;
}
