/**
 * Event handler DTOs (reference/conductor.md §1.9). Note `active` defaults to false in Conductor.
 */

/** §1.9 The action names; OSS implements start_workflow, complete_task, fail_task and start_agent. */
export type EventActionName =
  'start_workflow' | 'complete_task' | 'fail_task' | 'terminate_workflow' | 'update_workflow_variables' | 'start_agent';

/** §1.9 `start_workflow` action parameters (values may be `${…}` over the message payload). */
export interface StartWorkflowAction {
  name?: string;
  version?: number;
  correlationId?: string;
  input?: Record<string, unknown>;
  taskToDomain?: Record<string, string>;
}

/** §1.9 `complete_task` / `fail_task` action parameters. */
export interface TaskDetailsAction {
  workflowId?: string;
  taskRefName?: string;
  output?: Record<string, unknown>;
  taskId?: string;
  reasonForIncompletion?: string;
}

/** §1.9 `terminate_workflow` action parameters. */
export interface TerminateWorkflowAction {
  workflowId?: string;
  terminationReason?: string;
}

/** §1.9 `update_workflow_variables` action parameters. */
export interface UpdateWorkflowVariablesAction {
  workflowId?: string;
  variables?: Record<string, unknown>;
  appendArray?: boolean;
}

/** §1.9 One action of an event handler; the field named after `action` carries its parameters. */
export interface EventHandlerAction {
  action: EventActionName;
  start_workflow?: StartWorkflowAction;
  complete_task?: TaskDetailsAction;
  fail_task?: TaskDetailsAction;
  terminate_workflow?: TerminateWorkflowAction;
  update_workflow_variables?: UpdateWorkflowVariablesAction;
  start_agent?: Record<string, unknown>;
  expandInlineJSON?: boolean;
}

/** §1.9 An event handler: `event` is `<queueType>:<queueName>`, `condition` a JS boolean expression over `$`. */
export interface EventHandler {
  name: string;
  event: string;
  condition?: string;
  evaluatorType?: string;
  actions: EventHandlerAction[];
  active?: boolean;
}
