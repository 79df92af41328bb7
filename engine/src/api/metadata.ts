/**
 * The metadata API, `/api/metadata/**` (reference/conductor.md §3.1): workflow and task definitions.
 */
import type { Router } from '../http';
import type { Store } from '../store';
import { registerTaskDefRoutes } from './metadataTaskDefs';
import { registerWorkflowDefRoutes } from './metadataWorkflowDefs';

/** Registers every metadata route on `router`, backed by `store`. */
export function registerMetadataRoutes(router: Router, store: Store): void {
  registerWorkflowDefRoutes(router, store);
  registerTaskDefRoutes(router, store);
}
