/**
 * The minimal shape a definition needs before it can be validated and stored. Conductor fails deserialization of
 * such bodies with a 500 (§3 "Errors"); we answer 400 with what to fix.
 */
import type { EventHandler, TaskDef, WorkflowDef } from '../../../common/src/model';
import { isObject } from '../expressions/jsonPath';
import { BadRequestError } from '../http';

/** An object whose `name`, when present, is a string (the store keys definitions by it). */
function requireObject(value: unknown, what: string): Record<string, unknown> {
  if (!isObject(value)) throw new BadRequestError(`The request body must be a JSON object (${what}).`);
  const name = value['name'];
  if (name !== undefined && name !== null && typeof name !== 'string') {
    throw new BadRequestError(`The 'name' of ${what} must be a string, not ${JSON.stringify(name)}.`);
  }
  return value;
}

/** An array body, e.g. the task definition list; `what` names the elements. */
export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new BadRequestError(`The request body must be a JSON array of ${what}.`);
  return value;
}

/** A workflow definition whose `version` (if any) is an integer and `tasks` (if any) an array of objects. */
export function asWorkflowDef(value: unknown): WorkflowDef {
  const def = requireObject(value, 'a workflow definition');
  if (def['version'] !== undefined && def['version'] !== null && !Number.isInteger(def['version'])) {
    throw new BadRequestError(
      `Workflow definition 'version' must be an integer, not ${JSON.stringify(def['version'])}.`,
    );
  }
  const tasks = def['tasks'];
  if (tasks !== undefined && tasks !== null && (!Array.isArray(tasks) || !tasks.every(isObject))) {
    throw new BadRequestError("Workflow definition 'tasks' must be an array of task objects.");
  }
  return def as unknown as WorkflowDef;
}

/** A task definition object. */
export function asTaskDef(value: unknown): TaskDef {
  return requireObject(value, 'a task definition') as unknown as TaskDef;
}

/** An event handler object. */
export function asEventHandler(value: unknown): EventHandler {
  return requireObject(value, 'an event handler') as unknown as EventHandler;
}
