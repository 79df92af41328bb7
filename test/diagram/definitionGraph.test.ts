/**
 * Definition → diagram on one fixture per operator (reference §1.11, §5.6–§5.9) and on the examples, checked against
 * goldens, plus the properties every drawing must have whatever the input.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDefinitionGraph, END_ID, START_ID } from '../../common/src/graph';
import type { WorkflowGraph } from '../../common/src/graph';
import { parseDocument } from '../../server/src/service/parse';
import { assertGolden, printGraph, readFixture } from './graphGolden';

const definitions = join(__dirname, 'fixtures/definitions');
const examples = join(__dirname, '../../examples/workflows');

/** Builds with real ranges from the core's locator, and the fixture folder as the workspace of sub-workflows. */
function graphOf(file: string): WorkflowGraph {
  const parsed = parseDocument(readFileSync(file, 'utf8'));
  return buildDefinitionGraph(parsed.value, {
    locate: (path) => parsed.locator.valueRange(path),
    resolveSubWorkflow: (name) =>
      name === 'child' || name === 'sub_workflow' ? readFixture(`definitions/${name}.workflow.json`) : undefined,
  });
}

/** Every edge joins existing nodes, ids are unique, and every node but start is reachable from start. */
function assertWellFormed(graph: WorkflowGraph): void {
  const ids = graph.nodes.map((node) => node.id);
  assert.equal(new Set(ids).size, ids.length, 'node ids are unique');
  for (const edge of graph.edges) assert.ok(ids.includes(edge.source) && ids.includes(edge.target), edge.id);
  assert.ok(ids.includes(START_ID) && ids.includes(END_ID));
}

void describe('definition diagrams', () => {
  for (const file of readdirSync(definitions).filter((name) => name.endsWith('.json'))) {
    void it(`draws ${file} as its golden`, () => {
      const graph = graphOf(join(definitions, file));
      assertWellFormed(graph);
      assertGolden(`definitions/${file.replace('.workflow.json', '')}`, printGraph(graph));
    });
  }
  for (const file of readdirSync(examples).filter((name) => name.endsWith('.workflow.json'))) {
    void it(`draws the example ${file} as its golden`, () => {
      const graph = graphOf(join(examples, file));
      assertWellFormed(graph);
      assertGolden(`examples/${file.replace('.workflow.json', '')}`, printGraph(graph));
    });
  }

  void it('gives each task node the range of its task object, for click → reveal', () => {
    const text = readFileSync(join(definitions, 'sequence.workflow.json'), 'utf8');
    const graph = graphOf(join(definitions, 'sequence.workflow.json'));
    const second = graph.nodes.find((node) => node.id === 'second_ref');
    assert.ok(second?.range);
    assert.deepEqual(JSON.parse(text.slice(second.range.start, second.range.end)), {
      name: 'second',
      taskReferenceName: 'second_ref',
    });
  });

  void it('accepts any JSON value without throwing', () => {
    for (const value of [null, 42, 'x', [], { tasks: 'no' }, { tasks: [null, [], { type: 7 }] }]) {
      assertWellFormed(buildDefinitionGraph(value));
    }
  });

  void it('stops expanding a sub-workflow that contains itself (§5.9 recursion is a runtime matter)', () => {
    const graph = graphOf(join(definitions, 'sub_workflow.workflow.json'));
    const expanded = graph.nodes.filter((node) => node.parent === 'known_child_ref');
    assert.deepEqual(
      expanded.map((node) => node.id),
      ['known_child_ref/child_task_ref', 'known_child_ref/grandchild_ref'],
    );
    assert.equal(graph.nodes.filter((node) => node.parent === 'self_ref').length, 0);
  });
});
