/**
 * Marks the nodes whose task has a diagnostic: each error or warning goes to the innermost task whose text contains
 * it, so a problem deep in a DO_WHILE body marks that body task, not the loop around it.
 */
import type { WorkflowGraph } from './graphTypes';

/** A diagnostic reduced to what the diagram needs: where it starts, and how bad it is. */
export interface DiagnosticMark {
  readonly offset: number;
  readonly severity: 'error' | 'warning';
}

/** Sets (and clears) `diagnostics` on every node of `graph`; information and hints are not marked. */
export function markDiagnostics(graph: WorkflowGraph, marks: readonly DiagnosticMark[]): void {
  for (const node of graph.nodes) delete node.diagnostics;
  for (const mark of marks) {
    const node = innermostNodeAt(graph, mark.offset);
    if (node && node.diagnostics !== 'error') node.diagnostics = mark.severity;
  }
}

/** The id of the innermost task whose text contains `offset` (the cursor follows it), if any. */
export function nodeIdAt(graph: WorkflowGraph, offset: number): string | undefined {
  return innermostNodeAt(graph, offset)?.id;
}

function innermostNodeAt(graph: WorkflowGraph, offset: number): WorkflowGraph['nodes'][number] | undefined {
  let best: WorkflowGraph['nodes'][number] | undefined;
  for (const node of graph.nodes) {
    const range = node.range;
    if (!range || offset < range.start || offset >= range.end) continue;
    if (!best?.range || range.end - range.start < best.range.end - best.range.start) best = node;
  }
  return best;
}
