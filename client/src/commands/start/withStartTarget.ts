/**
 * Resolves a start target with the failures reported: connecting, reading the registered definition or listing
 * the registered names can fail, and each failure says what failed with Retry / Open Output.
 */
import { showFailure } from '../../ui/showFailure';
import type { ExecutionsContext } from '../executions/executionsContext';
import { resolveStartTarget, type StartTarget } from './startTarget';

/** The target of `argument`, or undefined (cancelled, or failed and reported). */
export async function withStartTarget(context: ExecutionsContext, argument: unknown): Promise<StartTarget | undefined> {
  try {
    const { client } = await context.services.connections.connect();
    return await resolveStartTarget(client, argument);
  } catch (error) {
    void showFailure(context.services, 'find the workflow to start', error);
    return undefined;
  }
}
