/**
 * The public API of the pure validation core, used by the language server, the CLI and the engine.
 */
export { parseDocument } from './parse';
export { validate, validateValue, MAX_NESTING_DEPTH } from './validate';
export { createWorkspaceIndex } from './workspaceIndex';
export { prepareValidators } from './schemaValidation';
export type { SourceFile, WorkspaceIndex } from './workspaceIndex';
export { detectKind, kindFromName, kindFromShape, DEFAULT_KIND_PATTERNS } from './documentKind';
export type { KindPatterns } from './documentKind';
export { LineIndex, toRange } from './positions';
export { CODES, SOURCE } from './messages';
export { suggest } from './didYouMean';
export { toPointer } from './jsonPointer';
export type * from './types';
