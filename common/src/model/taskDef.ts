/**
 * Task definition DTO (reference/conductor.md §1.5). Defaults live on the server (retryCount 3, retryDelaySeconds 60,
 * responseTimeoutSeconds 3600, timeoutPolicy TIME_OUT_WF, retryLogic FIXED), so they are optional here.
 */
import type { Auditable, SchemaDef } from './workflowDef';

/** §1.5 `timeoutPolicy` of a task definition (the workflow enum has no RETRY). */
export type TaskTimeoutPolicy = 'RETRY' | 'TIME_OUT_WF' | 'ALERT_ONLY';

/** §1.5 `retryLogic`. */
export type RetryLogic = 'FIXED' | 'EXPONENTIAL_BACKOFF' | 'LINEAR_BACKOFF';

/** §1.5 A registered (or inline, "ephemeral") task definition. */
export interface TaskDef extends Auditable {
  name: string;
  description?: string;
  retryCount?: number;
  timeoutSeconds?: number;
  inputKeys?: string[];
  outputKeys?: string[];
  runtimeMetadata?: string[];
  timeoutPolicy?: TaskTimeoutPolicy;
  retryLogic?: RetryLogic;
  retryDelaySeconds?: number;
  responseTimeoutSeconds?: number;
  concurrentExecLimit?: number;
  inputTemplate?: Record<string, unknown>;
  rateLimitPerFrequency?: number;
  rateLimitFrequencyInSeconds?: number;
  isolationGroupId?: string;
  executionNameSpace?: string;
  ownerEmail?: string;
  pollTimeoutSeconds?: number;
  backoffScaleFactor?: number;
  maxRetryDelaySeconds?: number;
  backoffJitterMs?: number;
  baseType?: string;
  totalTimeoutSeconds?: number;
  taskStatusListenerEnabled?: boolean;
  inputSchema?: SchemaDef;
  outputSchema?: SchemaDef;
  enforceSchema?: boolean;
}
