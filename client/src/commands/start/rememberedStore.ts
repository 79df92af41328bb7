/**
 * The remembered inputs of this workspace (in `workspaceState`, so each project keeps its own).
 */
import { RememberedInputs } from '../../input/rememberedInputs';
import type { ExecutionsContext } from '../executions/executionsContext';

/** The remembered inputs backed by the workspace state. */
export function rememberedInputs(context: ExecutionsContext): RememberedInputs {
  return new RememberedInputs(context.services.context.workspaceState);
}
