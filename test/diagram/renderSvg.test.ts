/**
 * Layout (elkjs) and SVG rendering of real diagrams: every node is drawn once inside the drawing, containers hold
 * their children, statuses and diagnostics become classes, text is escaped; plus keyboard navigation and the mapping
 * of diagnostics and the cursor onto nodes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildDefinitionGraph,
  buildExecutionGraph,
  layoutGraph,
  layoutKey,
  markDiagnostics,
  nextNode,
  nodeIdAt,
  renderSvg,
} from '../../common/src/graph';
import type { Box } from '../../common/src/graph';
import type { Workflow } from '../../common/src/model';
import { parseDocument } from '../../server/src/service/parse';
import { readFixture } from './graphGolden';

const exampleFile = join(__dirname, '../../examples/workflows/order_fulfillment.workflow.json');

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width + 0.01 &&
    inner.y + inner.height <= outer.y + outer.height + 0.01
  );
}

void describe('diagram layout and SVG', () => {
  void it('lays out the order example with every node inside the drawing and loop bodies inside the loop', async () => {
    const graph = buildDefinitionGraph(JSON.parse(readFileSync(exampleFile, 'utf8')));
    const layout = await layoutGraph(graph);
    const all: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (const node of graph.nodes) {
      const box = layout.nodes[node.id];
      assert.ok(box && inside(box, all), `${node.id} is placed inside the drawing`);
      const parent = node.parent === undefined ? undefined : layout.nodes[node.parent];
      if (parent) assert.ok(inside(box, parent), `${node.id} is inside its container`);
    }
    for (const edge of graph.edges) assert.ok((layout.edges[edge.id]?.length ?? 0) >= 4, `${edge.id} is routed`);
    const svg = renderSvg(graph, layout);
    assert.equal(svg.match(/<g class="node /g)?.length, graph.nodes.length);
    assert.doesNotMatch(svg, /NaN|undefined/);
    assert.match(svg, /class="node kind-loop status-none container" data-id="pack_items_loop"/);
  });

  void it('draws statuses, the taken lane, diagnostics and escaped text as classes and entities', async () => {
    const graph = buildExecutionGraph(readFixture('executions/switch_taken.execution.json') as Workflow);
    const a1 = graph.nodes.find((node) => node.id === 'a1_ref');
    assert.ok(a1);
    a1.diagnostics = 'error';
    graph.nodes.push({ id: '<x&"y">', kind: 'task', label: '<x&"y">' });
    const svg = renderSvg(graph, await layoutGraph(graph));
    assert.match(svg, /class="node kind-task status-COMPLETED diag-error" data-id="a1_ref"/);
    assert.match(svg, /class="node kind-task status-IN_PROGRESS" data-id="after_ref"/);
    assert.match(svg, /class="node kind-task status-NOT_RUN" data-id="other_ref"/);
    assert.match(svg, /class="edge kind-case taken" data-edge="route_ref-&#62;a1_ref:A"/);
    assert.match(svg, /&#60;x&#38;&#34;y&#34;&#62;/);
    assert.doesNotMatch(svg, /<x&/);
  });

  void it('moves with the arrow keys along the flow and across lanes', async () => {
    const graph = buildDefinitionGraph(readFixture('definitions/fork_join.workflow.json'));
    const layout = await layoutGraph(graph);
    const ids = graph.nodes.map((node) => node.id);
    assert.equal(nextNode(layout, ids, undefined, 'down'), '__start');
    assert.equal(nextNode(layout, ids, '__start', 'down'), 'fork_ref');
    assert.equal(nextNode(layout, ids, 'join_ref', 'down'), 'done_ref');
    assert.equal(nextNode(layout, ids, 'done_ref', 'up'), 'join_ref');
    const left = layout.nodes['left1_ref'];
    const right = layout.nodes['right_ref'];
    assert.ok(left && right && left.x < right.x, 'branches are laid out in definition order');
    assert.equal(nextNode(layout, ids, 'left1_ref', 'right'), 'right_ref');
    assert.equal(nextNode(layout, ids, '__end', 'down'), undefined);
  });

  void it('marks the innermost task holding a diagnostic and finds the node under the cursor', () => {
    const text = readFileSync(join(__dirname, 'fixtures/definitions/do_while.workflow.json'), 'utf8');
    const parsed = parseDocument(text);
    const graph = buildDefinitionGraph(parsed.value, { locate: (path) => parsed.locator.valueRange(path) });
    const inBig = text.indexOf('"big_ref"');
    const inLoop = text.indexOf('"loopCondition"');
    markDiagnostics(graph, [
      { offset: inBig, severity: 'warning' },
      { offset: inLoop, severity: 'error' },
    ]);
    const marked = graph.nodes.filter((node) => node.diagnostics).map((node) => `${node.id}:${node.diagnostics}`);
    assert.deepEqual(marked, ['loop_ref:error', 'big_ref:warning']);
    assert.equal(nodeIdAt(graph, inBig), 'big_ref');
    assert.equal(nodeIdAt(graph, 0), undefined);
    markDiagnostics(graph, []);
    assert.equal(graph.nodes.filter((node) => node.diagnostics).length, 0, 'marks are cleared on the next call');
  });

  void it('keeps the layout key for status and diagnostic changes, not for a renamed task', () => {
    const graph = buildExecutionGraph(readFixture('executions/switch_taken.execution.json') as Workflow);
    const key = layoutKey(graph);
    const [first] = graph.nodes;
    assert.ok(first);
    first.diagnostics = 'warning';
    first.runs = [];
    assert.equal(layoutKey(graph), key);
    const renamed = { ...graph, nodes: graph.nodes.map((node) => ({ ...node, label: `${node.label}_x` })) };
    assert.notEqual(layoutKey(renamed), key);
  });

  void it('lays an expanded sub-workflow out top to bottom inside its node, like the top level', async () => {
    const child = readFixture('definitions/child.workflow.json');
    const graph = buildDefinitionGraph(readFixture('definitions/sub_workflow.workflow.json'), {
      resolveSubWorkflow: (name) => (name === 'child' ? child : undefined),
    });
    const layout = await layoutGraph(graph);
    const [container, first, second] = [
      'known_child_ref',
      'known_child_ref/child_task_ref',
      'known_child_ref/grandchild_ref',
    ].map((id) => layout.nodes[id]);
    assert.ok(container && first && second);
    assert.ok(inside(first, container) && inside(second, container));
    assert.ok(second.y >= first.y + first.height, 'the second child task is below the first');
  });

  void it('draws the lane a loop took in the iteration picked, not only in the last one (§5.6, §5.8)', async () => {
    const definition = readFixture('definitions/do_while.workflow.json');
    const graph = buildExecutionGraph(
      readFixture('executions/do_while_iterations.execution.json') as Workflow,
      definition,
    );
    const layout = await layoutGraph(graph);
    const bigLane = /class="edge kind-case( taken)?" data-edge="inner_switch_ref-&#62;big_ref:big"/;
    assert.equal(bigLane.exec(renderSvg(graph, layout, { loop_ref: 2 }))?.[1], ' taken');
    assert.equal(bigLane.exec(renderSvg(graph, layout, { loop_ref: 1 }))?.[1], undefined, 'iteration 1 chose small');
    assert.match(renderSvg(graph, layout, { loop_ref: 1 }), /status-NOT_RUN" data-id="big_ref"/);
  });
});
