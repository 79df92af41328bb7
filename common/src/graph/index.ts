/**
 * The diagram model: definition and execution → nodes and edges, their ELK layout and an SVG rendering. Pure (no
 * `vscode`, no DOM), so the extension host, the webview, the tests and the benchmarks share it.
 */
export * from './graphTypes';
export { buildDefinitionGraph, type DefinitionGraphOptions } from './buildDefinitionGraph';
export { buildExecutionGraph, splitIterationRef, subWorkflowIdOf } from './buildExecutionGraph';
export type { GraphPath } from './graphValues';
export { layoutGraph, layoutKey, type Box, type GraphLayout } from './layoutGraph';
export { renderSvg, escape } from './renderSvg';
export { nextNode, type Direction } from './navigation';
export { displayedRun, containersOf, type IterationChoice } from './displayedRun';
export type { FromWebview, TaskAction, TaskDetails, ToWebview } from './diagramProtocol';
export { markDiagnostics, nodeIdAt, type DiagnosticMark } from './markDiagnostics';
export { taskActions } from './taskActions';
