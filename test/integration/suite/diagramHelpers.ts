/**
 * What the diagram suite reads a diagram panel with: the test-only `conductor.diagram.probe` command, waits on the
 * page's updates and on the editor's selection, and small readers of the probed SVG.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiagramProbe } from '../../../client/src/diagram/diagramPanel';

const timeoutMs = 20_000;

/** What the active diagram shows: once its latest graph is drawn, or once it has applied more than `after` updates. */
export async function probe(after?: number): Promise<DiagramProbe> {
  const result = await vscode.commands.executeCommand<DiagramProbe | undefined>('conductor.diagram.probe', after);
  assert.ok(result, 'a diagram panel is open');
  return result;
}

/** Probes after each update of the page until `accept` holds; fails with the last SVG after the timeout. */
export async function probeUntil(accept: (probe: DiagramProbe) => boolean, what: string): Promise<DiagramProbe> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}; last SVG: ${last.svg.slice(0, 2000)}`);
    last = await probe(last.updates);
  }
  return last;
}

/** How many task nodes the SVG draws. */
export function nodeCount(svg: string): number {
  return svg.match(/<g class="node /g)?.length ?? 0;
}

/** The class list of the node `id` in the SVG (empty when it is not drawn). */
export function classesOf(svg: string, id: string): string {
  return new RegExp(`<g class="([^"]*)" data-id="${id}"`).exec(svg)?.[1] ?? '';
}

/** Resolves once the editor's selection satisfies `accept`. */
export function selectionChange(accept: (editor: vscode.TextEditor) => boolean): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error('The editor selection did not change as expected'));
    }, timeoutMs);
    const subscription = vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
      if (!accept(textEditor)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(textEditor);
    });
  });
}

/** Switches the colour theme (for the light and dark screenshots). */
export async function setTheme(theme: string): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
}
