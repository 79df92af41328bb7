/**
 * The diagram model shared by the extension host, the webview and the benchmarks: a workflow definition (or an
 * execution) as nodes and edges. Pure data, JSON-serializable, so it crosses the webview boundary as is.
 */
import type { TaskStatus, WorkflowStatus } from '../status';

/** What a node draws. Containers (`loop`, an expanded `subWorkflow`) hold the nodes whose `parent` is their id. */
export type GraphNodeKind =
  | 'start'
  | 'end'
  | 'task'
  | 'switch'
  | 'fork'
  | 'join'
  | 'loop'
  | 'dynamicFork'
  | 'dynamicTasks'
  | 'subWorkflow'
  | 'terminate';

/** Offsets into the definition text, half-open `[start, end)`. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/** One execution of a task: the latest attempt per iteration and every retry are kept (§1.7). */
export interface TaskRun {
  readonly taskId: string;
  readonly status: TaskStatus;
  /** The runtime reference, `ref__N` inside a DO_WHILE (§5.8). */
  readonly referenceTaskName: string;
  readonly taskType: string;
  /** DO_WHILE iteration (1-based), 0 outside loops. */
  readonly iteration: number;
  readonly retryCount: number;
  readonly seq: number;
  readonly subWorkflowId?: string;
  /** SWITCH/DECISION runs: the case value the evaluation produced (§1.11). */
  readonly caseOutput?: string;
}

/** A node of the diagram. */
export interface GraphNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** First line: the task reference (or the start/end caption). */
  readonly label: string;
  readonly ref?: string;
  readonly name?: string;
  readonly type?: string;
  /** Container id (a DO_WHILE or an expanded SUB_WORKFLOW); absent at the top level. */
  readonly parent?: string;
  /** JSON pointer of the task object in its definition, e.g. `/tasks/2/loopOver/0`. */
  readonly pointer?: string;
  /** Where the task object sits in the document (absent for expanded child definitions and runtime-only tasks). */
  range?: SourceRange;
  /** Second line: the loop condition, the sub-workflow name and version, the switch expression. */
  readonly detail?: string;
  /** The worst diagnostic inside the task's own text (not its nested tasks). */
  diagnostics?: 'error' | 'warning';
  /** Created at run time by a dynamic fork, absent from the definition. */
  dynamic?: boolean;
  /** Executions of this task, oldest first (execution diagrams only). */
  runs?: TaskRun[];
  /** DO_WHILE: how many iterations ran. */
  iterations?: number;
  /** SWITCH: the case the execution took. */
  selectedCase?: string;
}

/** Why an edge exists; drives its style and the "branch taken" highlight. */
export type GraphEdgeKind = 'next' | 'case' | 'default' | 'branch' | 'dynamic';

/** A directed edge between two node ids. */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: GraphEdgeKind;
  /** SWITCH case value or `default`. */
  readonly label?: string;
  /** Execution diagrams: the execution went along this edge. */
  taken?: boolean;
}

/** What an execution diagram shows about the workflow itself. */
export interface ExecutionSummary {
  readonly workflowId: string;
  readonly status: WorkflowStatus;
  readonly reasonForIncompletion?: string;
  readonly parentWorkflowId?: string;
  readonly startTime?: number;
  readonly endTime?: number;
}

/** A whole diagram. */
export interface WorkflowGraph {
  readonly name?: string;
  readonly version?: number;
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  /** Present for execution diagrams. */
  execution?: ExecutionSummary;
}

/** Ids of the synthetic start and end nodes; `__` cannot start a Conductor reference the linter accepts as-is. */
export const START_ID = '__start';
export const END_ID = '__end';
