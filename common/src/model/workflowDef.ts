/**
 * Workflow definition DTOs, field for field as Conductor serializes them (reference/conductor.md §1.1–§1.4).
 * Conductor omits null fields (NON_NULL inclusion), so everything that has no server-side default is optional.
 */
import type { TaskDef } from './taskDef';

/** §1.1 `Auditable`: audit fields shared by WorkflowDef, TaskDef and Workflow. */
export interface Auditable {
  ownerApp?: string;
  createTime?: number;
  updateTime?: number;
  createdBy?: string;
  updatedBy?: string;
}

/** §1.2 `rateLimitConfig` (not enforced by OSS core). */
export interface RateLimitConfig {
  rateLimitKey?: string;
  concurrentExecLimit?: number;
  policy?: 'QUEUE' | 'REJECT';
}

/** §1.2 `inputSchema`/`outputSchema` (not enforced by OSS core). */
export interface SchemaDef extends Auditable {
  name: string;
  version?: number;
  type: 'JSON' | 'AVRO' | 'PROTOBUF';
  data?: Record<string, unknown>;
  externalRef?: string;
}

/** §1.2 `cacheConfig`. */
export interface CacheConfig {
  key?: string;
  ttlInSecond?: number;
}

/** §1.3 `onStateChange` entries. */
export interface StateChangeEvent {
  type: string;
  payload?: Record<string, unknown>;
}

/** §1.4 `subWorkflowParam`: `workflowDefinition` is an inline def or a `${…}` expression string. */
export interface SubWorkflowParams {
  name?: string;
  version?: number;
  taskToDomain?: Record<string, string>;
  workflowDefinition?: WorkflowDef | string;
  idempotencyKey?: string;
  idempotencyStrategy?: 'FAIL' | 'RETURN_EXISTING' | 'FAIL_ON_RUNNING';
  priority?: number | string;
}

/** §1.3 A task inside a workflow definition; `type` is a free string (default "SIMPLE", §0.2). */
export interface WorkflowTask {
  name: string;
  taskReferenceName: string;
  description?: string;
  type?: string;
  inputParameters?: Record<string, unknown>;
  dynamicTaskNameParam?: string;
  caseValueParam?: string;
  caseExpression?: string;
  scriptExpression?: string;
  decisionCases?: Record<string, WorkflowTask[]>;
  defaultCase?: WorkflowTask[];
  forkTasks?: WorkflowTask[][];
  dynamicForkTasksParam?: string;
  dynamicForkTasksInputParamName?: string;
  dynamicForkJoinTasksParam?: string;
  startDelay?: number;
  subWorkflowParam?: SubWorkflowParams;
  joinOn?: string[];
  sink?: string;
  optional?: boolean;
  taskDefinition?: TaskDef;
  rateLimited?: boolean;
  defaultExclusiveJoinTask?: string[];
  asyncComplete?: boolean;
  loopCondition?: string;
  loopOver?: WorkflowTask[];
  items?: string;
  retryCount?: number;
  evaluatorType?: string;
  expression?: string;
  onStateChange?: Record<string, StateChangeEvent[]>;
  joinStatus?: string;
  cacheConfig?: CacheConfig;
  permissive?: boolean;
  joinMode?: 'SYNC' | 'ASYNC';
  metadata?: Record<string, unknown>;
}

/** §1.2 A workflow definition, identified by `name` + `version` (default 1). */
export interface WorkflowDef extends Auditable {
  name: string;
  description?: string;
  version?: number;
  tasks: WorkflowTask[];
  inputParameters?: string[];
  outputParameters?: Record<string, unknown>;
  failureWorkflow?: string;
  failureWorkflowVersion?: number;
  schemaVersion?: number;
  restartable?: boolean;
  workflowStatusListenerEnabled?: boolean;
  workflowStatusListenerSink?: string;
  ownerEmail?: string;
  timeoutPolicy?: 'TIME_OUT_WF' | 'ALERT_ONLY';
  timeoutSeconds?: number;
  variables?: Record<string, unknown>;
  inputTemplate?: Record<string, unknown>;
  rateLimitConfig?: RateLimitConfig;
  inputSchema?: SchemaDef;
  outputSchema?: SchemaDef;
  enforceSchema?: boolean;
  metadata?: Record<string, unknown>;
  cacheConfig?: CacheConfig;
  maskedFields?: string[];
}
