/**
 * The diagram page: toolbar, legend, banner, drawing and details panel, with a strict Content Security Policy (only
 * our bundled script, by nonce; our stylesheet; images from data/blob URLs for the PNG export).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The local folder the webview may load from. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

const LEGEND: readonly [string, string][] = [
  ['COMPLETED', 'completed'],
  ['FAILED', 'failed'],
  ['IN_PROGRESS', 'in progress'],
  ['SCHEDULED', 'scheduled'],
  ['SKIPPED', 'skipped'],
  ['CANCELED', 'canceled'],
  ['TIMED_OUT', 'timed out'],
  ['COMPLETED_WITH_ERRORS', 'completed with errors'],
];

/** The page's HTML for `webview`. */
export function diagramHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const root = webviewRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'diagram.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'diagram.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data: blob:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const legend = LEGEND.map(([status, text]) => `<span class="status-${status}">${text}</span>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Conductor diagram</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram">
<span id="title"></span>
<div id="legend" hidden aria-label="Status colours">${legend}</div>
<button id="zoomOut" title="Zoom out (-)">−</button><button id="zoomIn" title="Zoom in (+)">+</button>
<button id="fit" title="Fit to window (0)">Fit</button>
<button id="exportSvg" title="Export as SVG">SVG</button><button id="exportPng" title="Export as PNG">PNG</button>
</div>
<div id="banner" role="status" hidden></div>
<div id="main">
<div id="viewport" tabindex="0" aria-label="Workflow diagram: arrow keys move between tasks, Enter reveals, [ and ] pick a loop iteration, + and - zoom, 0 fits"><div id="canvas"></div></div>
<aside id="details" hidden aria-label="Task details"></aside>
</div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
