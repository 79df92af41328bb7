/**
 * The webview's side of the message channel: VS Code injects `acquireVsCodeApi` (callable once per page).
 */
import type { FromWebview } from '../../common/src/graph';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a message to the extension host. */
export function post(message: FromWebview): void {
  api.postMessage(message);
}
