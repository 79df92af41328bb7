/**
 * The diagram model: definition and execution → nodes and edges, their ELK layout and an SVG rendering. Pure (no
 * `vscode`, no DOM), so the extension host, the webview, the tests and the benchmarks share it.
 */
export * from './graphTypes';
export { buildDefinitionGraph, type DefinitionGraphOptions } from './buildDefinitionGraph';
export { buildExecutionGraph, splitIterationRef } from './buildExecutionGraph';
export type { GraphPath } from './graphValues';
