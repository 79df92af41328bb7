/**
 * Which JSON Schema validates which document kind. The schemas themselves live in `schemas/` (one source of
 * truth, also used for hover and completion); this module only wires them to kinds.
 */
import eventHandlerSchema from '../../../schemas/event-handler.schema.json';
import scheduleSchema from '../../../schemas/schedule.schema.json';
import startWorkflowRequestSchema from '../../../schemas/start-workflow-request.schema.json';
import taskDefSchema from '../../../schemas/task-def.schema.json';
import workflowDefSchema from '../../../schemas/workflow-def.schema.json';
import workflowTaskSchema from '../../../schemas/workflow-task.schema.json';
import type { DocumentKind } from './types';

/** Every schema document, added to one Ajv instance so `$ref`s between them (by `$id`) resolve. */
export const SCHEMA_DOCUMENTS: readonly Record<string, unknown>[] = [
  workflowTaskSchema,
  workflowDefSchema,
  taskDefSchema,
  eventHandlerSchema,
  scheduleSchema,
  startWorkflowRequestSchema,
];

/** The `$id` of the root schema for each kind (a task-def document may also be an array of them). */
export const ROOT_SCHEMA_IDS: Readonly<Record<DocumentKind, string>> = {
  workflow: 'workflow-def.schema.json',
  taskdef: 'task-def.schema.json',
  event: 'event-handler.schema.json',
  schedule: 'schedule.schema.json',
};
