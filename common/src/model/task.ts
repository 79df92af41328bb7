/**
 * Runtime task DTOs (reference/conductor.md §1.7, §1.8): the Task a worker polls, the TaskResult it posts back,
 * task logs and poll data.
 */
import type { TaskStatus } from '../status';
import type { TaskDef } from './taskDef';
import type { WorkflowTask } from './workflowDef';

/** §1.7 A task execution. `taskDefName` falls back to `taskType`; `taskDefinition`, `queueWaitTime` and `loopOverTask` are derived. */
export interface Task {
  taskId: string;
  taskType: string;
  status: TaskStatus;
  referenceTaskName: string;
  workflowInstanceId: string;
  inputData?: Record<string, unknown>;
  outputData?: Record<string, unknown>;
  retryCount?: number;
  seq?: number;
  correlationId?: string;
  pollCount?: number;
  taskDefName?: string;
  scheduledTime?: number;
  startTime?: number;
  endTime?: number;
  updateTime?: number;
  startDelayInSeconds?: number;
  retriedTaskId?: string;
  retried?: boolean;
  executed?: boolean;
  callbackFromWorker?: boolean;
  responseTimeoutSeconds?: number;
  workflowType?: string;
  reasonForIncompletion?: string;
  callbackAfterSeconds?: number;
  workerId?: string;
  workflowTask?: WorkflowTask;
  domain?: string;
  rateLimitPerFrequency?: number;
  rateLimitFrequencyInSeconds?: number;
  externalInputPayloadStoragePath?: string;
  externalOutputPayloadStoragePath?: string;
  workflowPriority?: number;
  executionNameSpace?: string;
  isolationGroupId?: string;
  iteration?: number;
  subWorkflowId?: string;
  subworkflowChanged?: boolean;
  firstStartTime?: number;
  executionMetadata?: Record<string, unknown>;
  parentTaskId?: string;
  runtimeMetadata?: Record<string, unknown>;
  taskDefinition?: TaskDef;
  queueWaitTime?: number;
  loopOverTask?: boolean;
}

/** §1.8 The statuses a worker may report in a TaskResult (CANCELED since v3.32.0). */
export type TaskResultStatus = 'IN_PROGRESS' | 'FAILED' | 'FAILED_WITH_TERMINAL_ERROR' | 'COMPLETED' | 'CANCELED';

/** §1.8 `TaskExecLog`. */
export interface TaskExecLog {
  log: string;
  taskId: string;
  createdTime: number;
}

/** §1.8 What a worker posts to `POST /api/tasks` and `/api/tasks/update-v2`. */
export interface TaskResult {
  workflowInstanceId: string;
  taskId: string;
  status: TaskResultStatus;
  reasonForIncompletion?: string;
  callbackAfterSeconds?: number;
  workerId?: string;
  outputData?: Record<string, unknown>;
  executionMetadata?: Record<string, unknown>;
  logs?: TaskExecLog[];
  externalOutputPayloadStoragePath?: string;
  subWorkflowId?: string;
  extendLease?: boolean;
  supportsCancellation?: boolean;
}

/** §1.8 `PollData`: the last poll of a queue by a worker. */
export interface PollData {
  queueName: string;
  domain?: string;
  workerId?: string;
  lastPollTime: number;
}
