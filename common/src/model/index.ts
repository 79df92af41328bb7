/**
 * Conductor DTOs shared by the engine, the REST client and the tests (reference/conductor.md §1).
 */
export type * from './workflowDef';
export type * from './taskDef';
export type * from './eventHandler';
export type * from './workflow';
export type * from './task';
export type * from './requests';
export type * from './responses';
export type * from './schedule';
