/**
 * The StartWorkflowRequest checks shared by the start and execute routes (reference/conductor.md §1.8, §2.6).
 */
import type { StartWorkflowRequest } from '../../../common/src/model';
import { isObject } from '../expressions/jsonPath';
import { BadRequestError } from '../http';
import { withWorkflowDefDefaults } from './metadataDefaults';
import { asWorkflowDef } from './metadataShape';
import { registrationErrors, VALIDATION_FAILED } from './metadataValidation';

/**
 * §1.8 StartWorkflowRequest bean checks, answered as Conductor's validation failure (§2.6). An inline
 * `workflowDef` is `@Valid`, so it goes through the same registration validation as `POST /api/metadata/workflow`
 * and gets the definition defaults.
 */
export function checkStartRequest(body: Record<string, unknown>): StartWorkflowRequest {
  const request = body as unknown as StartWorkflowRequest;
  const prefix = 'startWorkflow.startWorkflowRequest';
  const errors: { path: string; message: string }[] = [];
  if (request.workflowDef !== undefined && request.workflowDef !== null) {
    const def = asWorkflowDef(request.workflowDef);
    errors.push(...registrationErrors(def, 'workflow', `${prefix}.workflowDef`));
    if (errors.length === 0) request.workflowDef = withWorkflowDefDefaults(def);
  }
  if (typeof request.name !== 'string' || request.name === '') {
    if (request.workflowDef?.name) request.name = request.workflowDef.name;
    else errors.push({ path: `${prefix}.name`, message: 'Workflow name cannot be null or empty' });
  }
  const priority = request.priority;
  if (typeof priority === 'number' && (priority < 0 || priority > 99)) {
    const bound = priority < 0 ? 'minimum 0' : 'maximum 99';
    errors.push({ path: `${prefix}.priority`, message: `priority: ${priority} should be ${bound}` });
  }
  for (const field of ['input', 'taskToDomain'] as const) {
    const value = request[field];
    if (value !== undefined && value !== null && !isObject(value)) {
      errors.push({ path: `${prefix}.${field}`, message: `${field} must be a JSON object` });
    }
  }
  if (errors.length > 0) throw new BadRequestError(VALIDATION_FAILED, errors);
  return request;
}
