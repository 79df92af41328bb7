/**
 * Response bodies of the REST API (reference/conductor.md §1.8). Summary times are strings
 * (`yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`, GMT) and summary input/output are JSON strings, as Conductor sends them.
 */
import type { TaskStatus, WorkflowStatus } from '../status';
import type { Task } from './task';

/** §1.8 `SearchResult<T>`. */
export interface SearchResult<T> {
  totalHits: number;
  results: T[];
}

/** §1.8 `WorkflowSummary` (search results). */
export interface WorkflowSummary {
  workflowType: string;
  version: number;
  workflowId: string;
  correlationId?: string;
  startTime?: string;
  updateTime?: string;
  endTime?: string;
  status: WorkflowStatus;
  input?: string;
  output?: string;
  reasonForIncompletion?: string;
  executionTime?: number;
  event?: string;
  failedReferenceTaskNames?: string;
  externalInputPayloadStoragePath?: string;
  externalOutputPayloadStoragePath?: string;
  priority?: number;
  failedTaskNames?: string[];
  createdBy?: string;
  taskToDomain?: Record<string, string>;
  idempotencyKey?: string;
  parentWorkflowId?: string;
  classifier?: string;
}

/** §1.8 `TaskSummary` (task search results). */
export interface TaskSummary {
  workflowId: string;
  workflowType?: string;
  correlationId?: string;
  scheduledTime?: string;
  startTime?: string;
  updateTime?: string;
  endTime?: string;
  status: TaskStatus;
  reasonForIncompletion?: string;
  executionTime?: number;
  queueWaitTime?: number;
  taskDefName?: string;
  taskType: string;
  input?: string;
  output?: string;
  taskId: string;
  externalInputPayloadStoragePath?: string;
  externalOutputPayloadStoragePath?: string;
  workflowPriority?: number;
  domain?: string;
}

/** §1.8 `WorkflowDefSummary` (names-and-versions, versions). */
export interface WorkflowDefSummary {
  name: string;
  version: number;
  createTime?: number;
  updateTime?: number;
}

/** §1.8 `BulkResponse<T>`. */
export interface BulkResponse<T> {
  bulkErrorResults: Record<string, string>;
  bulkSuccessfulResults: T[];
  message: string;
}

/** §2.6 One entry of `validationErrors`. */
export interface ValidationError {
  path: string;
  message: string;
  invalidValue?: unknown;
}

/** §1.8 `ErrorResponse`, the body of every error answer. */
export interface ErrorResponse {
  status: number;
  code?: string;
  message: string;
  instance: string;
  retryable: boolean;
  validationErrors?: ValidationError[];
  metadata?: Record<string, unknown>;
}

/** §1.8 `GET /api/workflow/{id}/status` answer. */
export interface WorkflowStatusResponse {
  workflowId: string;
  correlationId?: string;
  output?: Record<string, unknown>;
  variables?: Record<string, unknown>;
  status: WorkflowStatus;
}

/** §1.8 `WorkflowSignalReturnStrategy`. */
export type ReturnStrategy = 'TARGET_WORKFLOW' | 'BLOCKING_WORKFLOW' | 'BLOCKING_TASK' | 'BLOCKING_TASK_INPUT';

/** §1.8 `SignalResponse` (`WorkflowRun` or `TaskRun`, told apart by `responseType`). */
export interface SignalResponse {
  responseType: ReturnStrategy;
  targetWorkflowId?: string;
  targetWorkflowStatus?: WorkflowStatus;
  requestId?: string;
  workflowId?: string;
  correlationId?: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  signalTimeout?: boolean;
  /** WorkflowRun fields. */
  priority?: number;
  variables?: Record<string, unknown>;
  tasks?: Task[];
  createdBy?: string;
  createTime?: number;
  updateTime?: number;
  status?: WorkflowStatus | TaskStatus;
  /** TaskRun fields. */
  taskType?: string;
  taskId?: string;
  referenceTaskName?: string;
  retryCount?: number;
  taskDefName?: string;
  retriedTaskId?: string;
  workflowType?: string;
  reasonForIncompletion?: string;
}

/** §1.8 `ExternalStorageLocation`. */
export interface ExternalStorageLocation {
  uri?: string;
  path?: string;
}

/** §3.4 `HealthCheckStatus` of `/health`. */
export interface HealthCheckStatus {
  healthResults: unknown[];
  suppressedHealthResults: unknown[];
  healthy: boolean;
}
