/**
 * Diagram export in a real VS Code: the page's own export (the toolbar's path, asked through the test-only
 * `conductor.diagram.export`) lands as a standalone SVG and a real PNG file named after the diagram in the workspace
 * folder. Replacing an existing file needs a modal answer, which a test cannot give: that branch is covered on real
 * files in test/client/diagram/exportFile.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { nodeCount, probe } from './diagramHelpers';
import { activateExtension, openFixture, workspaceUri } from './helpers';

const orderFile = 'diagram/order_fulfillment.workflow.json';

/** Exports the active diagram as `format` and returns the bytes of the file written there. */
async function exportAs(format: 'svg' | 'png', name: string): Promise<Uint8Array> {
  const expected = workspaceUri(name);
  await vscode.workspace.fs.delete(expected).then(undefined, () => undefined);
  const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('conductor.diagram.export', format);
  assert.equal(saved?.toString(), expected.toString(), `the ${format} export is saved as ${name}`);
  return vscode.workspace.fs.readFile(expected);
}

suite('Diagram export', () => {
  suiteSetup(async () => {
    await activateExtension();
    const document = await openFixture(orderFile);
    await vscode.commands.executeCommand('conductor.showDiagram', document.uri);
    assert.ok(nodeCount((await probe()).svg) > 0, 'the diagram is drawn');
  });

  test('exports a standalone SVG of the drawing into the workspace folder', async () => {
    const svg = new TextDecoder().decode(await exportAs('svg', 'order_fulfillment.workflow.svg'));
    assert.match(svg, /^<svg[\s>]/);
    assert.match(svg, /data-id="record_shipment_ref"/, 'the drawing has the tasks');
    // Theme variables mean nothing outside VS Code: colours are inlined and classes dropped.
    assert.ok(!/var\(--vscode/.test(svg), 'no theme variables left');
    assert.match(svg, /style="fill:/);
  });

  test('exports a PNG image of the drawing', async () => {
    const png = await exportAs('png', 'order_fulfillment.workflow.png');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
    const header = Buffer.from(png.subarray(16, 24));
    assert.ok(header.readUInt32BE(0) > 0 && header.readUInt32BE(4) > 0, 'the image has a size');
  });
});
