/**
 * Diagrams in a real VS Code: the definition diagram of the order example (node count, live redraw on edits, the
 * broken-JSON banner, click → selection in the editor, cursor → highlighted node) and the execution diagrams of a
 * failed and a running execution started on the Local profile's engine (status classes, the lane taken, details,
 * refresh while running). The drawn SVG is read through the panel's test-only `conductor.diagram.probe` command.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildDefinitionGraph } from '../../../common/src/graph';
import type { WorkflowDef } from '../../../common/src/model';
import type { ConductorClient } from '../../../client/src/api';
import { BROKEN_JSON_BANNER } from '../../../client/src/diagram/definitionDiagram';
import type { ConductorExtensionApi } from '../../../client/src/extension';
import { classesOf, nodeCount, probe, probeUntil, selectionChange, setTheme } from './diagramHelpers';
import { activateExtension, openFixture, snap, workspaceUri } from './helpers';

const orderFile = 'diagram/order_fulfillment.workflow.json';
const demoFile = 'diagram/diagram_demo.workflow.json';

/** Runs diagram_demo down `path` until it ends or waits (§3.2 execute), and returns its id. */
async function execute(client: ConductorClient, path: string, status: string): Promise<string> {
  const run = await client.workflows.execute({ name: 'diagram_demo', version: 1, input: { path } });
  assert.equal(run.status, status);
  assert.ok(run.workflowId, 'execute answered with the workflow id');
  return run.workflowId;
}

suite('Diagram', () => {
  let client: ConductorClient;
  let baseUrl: string;

  suiteSetup(async () => {
    const api = (await activateExtension()).exports as ConductorExtensionApi;
    const connection = await api.connections.connect();
    client = connection.client;
    baseUrl = connection.profile.baseUrl.replace(/\/api\/?$/, '');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(demoFile)));
    await client.metadata.registerWorkflowDef(JSON.parse(text) as WorkflowDef, true);
  });

  test('draws the definition of the order example, in light and dark themes', async () => {
    const document = await openFixture(orderFile);
    await vscode.commands.executeCommand('conductor.showDiagram', document.uri);
    const expected = buildDefinitionGraph(JSON.parse(document.getText())).nodes.length;
    // The workspace's payment_processing expands inside its SUB_WORKFLOW node, adding its tasks.
    const drawn = await probeUntil((p) => nodeCount(p.svg) > expected, 'the expanded sub-workflow');
    assert.ok(classesOf(drawn.svg, 'take_payment_ref').includes('container'), 'the sub-workflow is expanded');
    assert.ok(classesOf(drawn.svg, 'pack_items_loop').includes('kind-loop'));
    await probeUntil((p) => /diag-warning/.test(p.svg), 'the diagnostics marks');
    await setTheme('Default Light Modern');
    await snap('diagram-definition-light');
    await setTheme('Default Dark Modern');
    await snap('diagram-definition-dark');
  });

  test('clicking a node selects its task in the editor; the cursor highlights the node', async () => {
    const document = await openFixture(orderFile);
    await vscode.commands.executeCommand('conductor.showDiagram', document.uri);
    await probe();
    const selected = selectionChange((editor) => editor.document === document && !editor.selection.isEmpty);
    await vscode.commands.executeCommand('conductor.diagram.clickNode', 'record_shipment_ref');
    const editor = await selected;
    const task = JSON.parse(document.getText(editor.selection)) as { taskReferenceName?: string };
    assert.equal(task.taskReferenceName, 'record_shipment_ref');
    const inside = document.positionAt(document.getText().indexOf('"compute_totals_ref"'));
    editor.selection = new vscode.Selection(inside, inside);
    await probeUntil((p) => classesOf(p.svg, 'compute_totals_ref').includes('highlighted'), 'the cursor highlight');
  });

  test('redraws on edits and keeps the last drawing with a banner while the JSON is broken', async () => {
    const document = await openFixture(demoFile);
    await vscode.commands.executeCommand('conductor.showDiagram', document.uri);
    const before = nodeCount((await probe()).svg);
    const at = document.positionAt(document.getText().lastIndexOf(']'));
    const task = ', { "name": "extra", "taskReferenceName": "extra_ref", "type": "NOOP" }';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, at, task);
    await vscode.workspace.applyEdit(edit);
    await probeUntil((p) => nodeCount(p.svg) === before + 1 && p.svg.includes('extra_ref'), 'the added task');
    const breaking = new vscode.WorkspaceEdit();
    breaking.insert(document.uri, document.positionAt(0), '{');
    await vscode.workspace.applyEdit(breaking);
    const broken = await probeUntil((p) => p.banner === BROKEN_JSON_BANNER, 'the broken-JSON banner');
    assert.equal(nodeCount(broken.svg), before + 1, 'the last good drawing stays');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('colours a failed execution and shows the failed task with its reason and actions', async () => {
    const workflowId = await execute(client, 'fail', 'FAILED');
    await vscode.commands.executeCommand('conductor.showExecutionDiagram', workflowId);
    const { svg } = await probe();
    assert.match(classesOf(svg, 'explode'), /status-FAILED/);
    assert.match(classesOf(svg, 'count_step'), /status-COMPLETED/);
    assert.match(classesOf(svg, 'hold'), /status-NOT_RUN/);
    // outerHTML re-serializes the renderer's `&#62;` as `&gt;`.
    assert.match(svg, /class="edge kind-case taken" data-edge="route-(&gt;|&#62;)explode:fail"/);
    assert.match(svg, />2\/2</, 'the loop shows its two iterations');
    await snap('diagram-execution-failed');
    await vscode.commands.executeCommand('conductor.diagram.clickNode', 'explode');
    const shown = await probeUntil((p) => p.details?.includes('Rerun from this task') === true, 'the details');
    assert.match(shown.details ?? '', /diagram demo failure/);
    await snap('diagram-execution-details');
  });

  test('refreshes a running execution until its WAIT task completes', async () => {
    const workflowId = await execute(client, 'wait', 'RUNNING');
    await vscode.commands.executeCommand('conductor.showExecutionDiagram', workflowId);
    assert.match(classesOf((await probe()).svg, 'hold'), /status-IN_PROGRESS/);
    const workflow = await client.workflows.get(workflowId, true);
    const hold = workflow.tasks?.find((task) => task.referenceTaskName === 'hold');
    assert.ok(hold, 'the WAIT task exists');
    // As an external system does for a WAIT without duration (§1.11): POST /api/tasks with the result.
    const update = await fetch(`${baseUrl}/api/tasks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ workflowInstanceId: workflowId, taskId: hold.taskId, status: 'COMPLETED' }),
    });
    assert.equal(update.status, 200, await update.text());
    const done = await probeUntil((p) => /status-COMPLETED/.test(classesOf(p.svg, 'finish')), 'the refresh');
    assert.match(classesOf(done.svg, 'hold'), /status-COMPLETED/);
  });
});
