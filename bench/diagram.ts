/**
 * The diagram benchmark (`npm run bench -- --only diagram`): the generated 2,000-task workflow
 * (`generateWorkflow.ts`) turned into a drawing, step by step, against `JSON.parse` of the same text measured in the
 * same run: the graph model (from the parsed value, with source ranges), the ELK layout (elkjs, as the webview runs
 * it), the SVG string, and a redraw whose graph keeps its shape (the webview then reuses the layout). The order example is measured too: it is what "each edit redraws within 100 ms" is about.
 * Options: `--runs N` (default 5 for the large document, ×5 for the example).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDefinitionGraph, layoutGraph, layoutKey, renderSvg } from '../common/src/graph';
import type { GraphLayout, WorkflowGraph } from '../common/src/graph';
import { parseDocument } from '../server/src/service/parse';
import { generateBenchDocument } from './generateWorkflow';
import { formatTable, measure, measureAsync } from './measure';
import type { Measurement } from './measure';

/** Model + layout + SVG of one document, as the extension host and the webview do on an edit. */
async function rows(label: string, text: string, runs: number): Promise<Measurement[]> {
  const model = (): WorkflowGraph => {
    const parsed = parseDocument(text);
    return buildDefinitionGraph(parsed.value, { locate: (path) => parsed.locator.valueRange(path) });
  };
  const graph = model();
  const layout = await layoutGraph(graph);
  return [
    measure(`${label}: JSON.parse`, () => JSON.parse(text), runs * 4),
    measure(`${label}: parse + graph model (with ranges)`, model, runs * 4),
    await measureAsync(`${label}: ELK layout`, () => layoutGraph(graph), runs, 2),
    measure(`${label}: SVG string`, () => renderSvg(graph, layout), runs * 4),
    await measureAsync(`${label}: all (model + layout + SVG)`, () => drawing(model()), runs, 2),
    // An edit that keeps the graph's shape (most edits change strings only): the webview reuses the layout.
    measure(`${label}: redraw, same shape (model + key + SVG)`, () => sameShape(model(), layout), runs * 4),
  ];
}

function sameShape(graph: WorkflowGraph, layout: GraphLayout): string {
  return layoutKey(graph) + renderSvg(graph, layout);
}

async function drawing(graph: WorkflowGraph): Promise<string> {
  return renderSvg(graph, await layoutGraph(graph));
}

async function main(): Promise<void> {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) || 5 : 5;
  const bench = generateBenchDocument();
  const example = readFileSync(join(__dirname, '../examples/workflows/order_fulfillment.workflow.json'), 'utf8');
  const graph = buildDefinitionGraph(JSON.parse(bench.workflow));
  console.log(`${bench.taskCount} tasks → ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
  console.log(formatTable(await rows('2,000 tasks', bench.workflow, runs)));
  console.log();
  console.log(formatTable(await rows('order example', example, runs * 5)));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
