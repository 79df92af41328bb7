/**
 * The fields of Conductor's definition classes (reference/conductor.md §1.1–§1.5, §1.9), read from the project's
 * JSON Schemas so there is one list. Conductor's deserializer ignores unknown properties (§0 fact 1): a key that is
 * no field is never stored nor returned, so the engine drops it too. `$schema` is an editor hint the schemas allow
 * in files, not a model field.
 */
import eventHandlerSchema from '../../../schemas/event-handler.schema.json';
import taskDefSchema from '../../../schemas/task-def.schema.json';
import workflowDefSchema from '../../../schemas/workflow-def.schema.json';
import workflowTaskSchema from '../../../schemas/workflow-task.schema.json';

function fieldsOf(schema: { properties: object }): ReadonlySet<string> {
  return new Set(Object.keys(schema.properties).filter((key) => key !== '$schema'));
}

/** §1.1 Auditable and §1.2 WorkflowDef. */
export const WORKFLOW_DEF_FIELDS = fieldsOf(workflowDefSchema);
/** §1.3 WorkflowTask. */
export const WORKFLOW_TASK_FIELDS = fieldsOf(workflowTaskSchema);
/** §1.1 Auditable and §1.5 TaskDef. */
export const TASK_DEF_FIELDS = fieldsOf(taskDefSchema.definitions.taskDef);
/** §1.9 EventHandler. */
export const EVENT_HANDLER_FIELDS = fieldsOf(eventHandlerSchema);

/** A shallow copy of `value` with only the keys in `fields`. */
export function keepFields<T extends object>(value: T, fields: ReadonlySet<string>): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => fields.has(key))) as T;
}
