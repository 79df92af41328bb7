/**
 * Runtime workflow execution DTO (reference/conductor.md §1.6), as returned by `GET /api/workflow/{id}`.
 */
import type { WorkflowStatus } from '../status';
import type { Task } from './task';
import type { Auditable, WorkflowDef } from './workflowDef';

/** §1.6 A workflow execution. `workflowName`, `workflowVersion` and `startTime` are derived getters Conductor serializes. */
export interface Workflow extends Auditable {
  workflowId: string;
  status: WorkflowStatus;
  workflowName?: string;
  workflowVersion?: number;
  startTime?: number;
  endTime?: number;
  parentWorkflowId?: string;
  parentWorkflowTaskId?: string;
  tasks?: Task[];
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  correlationId?: string;
  reRunFromWorkflowId?: string;
  reasonForIncompletion?: string;
  event?: string;
  taskToDomain?: Record<string, string>;
  failedReferenceTaskNames?: string[];
  failedTaskNames?: string[];
  workflowDefinition?: WorkflowDef;
  externalInputPayloadStoragePath?: string;
  externalOutputPayloadStoragePath?: string;
  priority?: number;
  variables?: Record<string, unknown>;
  lastRetriedTime?: number;
  history?: Workflow[];
  idempotencyKey?: string;
  rateLimitKey?: string;
  rateLimited?: boolean;
}
