/**
 * The messages between the extension host (`client/src/diagram/`) and the diagram webview (`webview/src/`). Both
 * sides import these types, so a renamed field fails the type-check on both ends.
 */
import type { WorkflowGraph } from './graphTypes';

/** Actions a task of an execution offers, depending on its state and the workflow's (reference §5.5). */
export type TaskAction = 'retry' | 'rerunFromHere' | 'skip';

/** The details panel of an execution task. */
export interface TaskDetails {
  readonly taskId: string;
  readonly referenceTaskName: string;
  readonly taskType: string;
  readonly status: string;
  readonly retryCount: number;
  readonly workerId?: string;
  readonly reasonForIncompletion?: string;
  readonly scheduledTime?: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly subWorkflowId?: string;
  readonly logs: readonly { readonly log: string; readonly createdTime: number }[];
  /** Set when the logs could not be read: what failed. */
  readonly logsError?: string;
}

/** Extension host → webview. */
export type ToWebview =
  /** `sequence` numbers the graphs of a panel; the page echoes it in `rendered`. */
  | { readonly type: 'graph'; readonly graph: WorkflowGraph; readonly title: string; readonly sequence: number }
  /** A message over the drawing (broken JSON, a failed refresh); undefined removes it. */
  | { readonly type: 'banner'; readonly text: string | undefined }
  /** The editor's cursor is in this node (undefined: in none). */
  | { readonly type: 'highlight'; readonly id: string | undefined }
  /** The selected node of an execution: its run's details (undefined: not run) and what can be done to it. */
  | {
      readonly type: 'details';
      readonly nodeId: string;
      readonly ref: string;
      readonly details: TaskDetails | undefined;
      readonly actions: readonly TaskAction[];
    }
  /** Test support: answer with `probeResult`. */
  | { readonly type: 'probe'; readonly requestId: number }
  /** Test support: click the node as a user would. */
  | { readonly type: 'clickNode'; readonly id: string }
  /** Test support: click the details panel's button for `action` as a user would. */
  | { readonly type: 'clickAction'; readonly action: TaskAction }
  | { readonly type: 'exportRequest'; readonly format: 'svg' | 'png' };

/** Webview → extension host. */
export type FromWebview =
  | { readonly type: 'ready' }
  /**
   * A drawing is on screen: the graph message numbered `sequence`. Graphs that a newer one overtook during layout
   * are never drawn, so the numbers can jump.
   */
  | { readonly type: 'rendered'; readonly sequence: number; readonly nodeCount: number; readonly layoutMs: number }
  /** The user picked a node (click or Enter). */
  | {
      readonly type: 'select';
      readonly id: string;
      readonly taskId: string | undefined;
      /** Click and Enter move the focus to the editor; arrow keys keep it in the diagram. */
      readonly focusEditor: boolean;
    }
  /** `taskId` is absent for a task that has not run (skip). */
  | { readonly type: 'action'; readonly action: TaskAction; readonly ref: string; readonly taskId?: string }
  | { readonly type: 'openSubWorkflow'; readonly workflowId: string }
  /** A highlight, banner or details message has been applied (lets tests wait for it). */
  | { readonly type: 'updated' }
  /** The exported image: SVG text, or a PNG as a data URL. */
  | { readonly type: 'export'; readonly format: 'svg' | 'png'; readonly data: string }
  | {
      readonly type: 'probeResult';
      readonly requestId: number;
      readonly svg: string;
      readonly selected?: string;
      /** The banner's text when one is shown. */
      readonly banner?: string;
      /** The details panel's text when it is shown. */
      readonly details?: string;
    }
  | { readonly type: 'error'; readonly message: string };
