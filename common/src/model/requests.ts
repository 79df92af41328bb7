/**
 * Request bodies of the workflow API (reference/conductor.md §1.8).
 */
import type { WorkflowDef } from './workflowDef';

/** §1.8 `POST /api/workflow` body. `version` absent = latest; `priority` 0..99 (default 0). */
export interface StartWorkflowRequest {
  name: string;
  version?: number;
  correlationId?: string;
  input?: Record<string, unknown>;
  taskToDomain?: Record<string, string>;
  workflowDef?: WorkflowDef;
  externalInputPayloadStoragePath?: string;
  priority?: number;
  createdBy?: string;
  idempotencyKey?: string;
  idempotencyStrategy?: 'FAIL' | 'RETURN_EXISTING' | 'FAIL_ON_RUNNING';
}

/** §1.8 `POST /api/workflow/{id}/rerun` body; `reRunFromTaskId` is a task id, not a reference name. */
export interface RerunWorkflowRequest {
  reRunFromWorkflowId?: string;
  workflowInput?: Record<string, unknown>;
  reRunFromTaskId?: string;
  taskInput?: Record<string, unknown>;
  correlationId?: string;
}

/** §1.8 Skip-task request; Conductor binds it from query parameters, not from the body (§3.2). */
export interface SkipTaskRequest {
  taskInput?: Record<string, unknown>;
  taskOutput?: Record<string, unknown>;
}
