/**
 * Golden-file support for the graph tests: a diagram printed one node or edge per line (stable, reviewable diffs),
 * compared with `golden/<name>.txt`; `UPDATE_GOLDEN=1` rewrites the goldens instead (read them before committing).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowGraph } from '../../common/src/graph';

/** This folder's fixture file, parsed. */
export function readFixture(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', relativePath), 'utf8'));
}

/** The graph as text. */
export function printGraph(graph: WorkflowGraph): string {
  const lines = [`graph ${graph.name ?? '-'} v${graph.version ?? '-'}`];
  if (graph.execution) lines.push(`execution ${graph.execution.workflowId} ${graph.execution.status}`);
  for (const node of graph.nodes) {
    const facts = [
      node.parent === undefined ? '' : `in=${node.parent}`,
      node.range ? `range=${node.range.start}..${node.range.end}` : '',
      node.detail === undefined ? '' : `detail=${JSON.stringify(node.detail)}`,
      node.diagnostics ?? '',
      node.dynamic ? 'dynamic' : '',
      node.iterations === undefined ? '' : `iterations=${node.iterations}`,
      node.selectedCase === undefined ? '' : `case=${node.selectedCase}`,
      node.runs
        ? `runs=[${node.runs.map((r) => `${r.referenceTaskName}:${r.status}#${r.iteration}.${r.retryCount}${r.subWorkflowId ? `>${r.subWorkflowId}` : ''}`).join(' ')}]`
        : '',
    ].filter(Boolean);
    lines.push(`node ${node.kind} ${node.id} ${facts.join(' ')}`.trimEnd());
  }
  for (const edge of graph.edges)
    lines.push(
      `edge ${edge.source} -> ${edge.target} ${edge.kind}${edge.label === undefined ? '' : ` "${edge.label}"`}${edge.taken ? ' taken' : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Asserts `actual` equals the golden `name` (or writes it under UPDATE_GOLDEN=1). */
export function assertGolden(name: string, actual: string): void {
  const file = join(__dirname, 'golden', `${name}.txt`);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (process.env['UPDATE_GOLDEN'] !== '1') assert.fail(`No golden ${file}: run with UPDATE_GOLDEN=1, then read it`);
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `diagram differs from golden/${name}.txt`);
}
