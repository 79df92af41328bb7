/**
 * `conductor.startWorkflow` and `conductor.startWorkflowWithInput`. Start sends the input remembered for the workflow
 * (or none: Conductor applies the definition's `inputTemplate`); Start with Input offers `*.input.json` files and
 * the input editor. An input object as second argument starts at once, and `'editor'` opens the editor without the
 * pick (for tests and other commands). A successful start remembers its input and resolves with the workflow id.
 */
import { showFailure } from '../../ui/showFailure';
import type { WorkflowInput } from '../../input/inputTemplate';
import type { ExecutionsContext } from '../executions/executionsContext';
import { announceStart } from './announceStart';
import { chooseInput, openInputEditor } from './chooseInput';
import { rememberedInputs } from './rememberedStore';
import { startRequest, targetLabel, type StartTarget } from './startTarget';
import { withStartTarget } from './withStartTarget';
import { isObject } from '../../../../server/src/service/model/jsonValue';

/** Starts with the remembered input; resolves with the workflow id, undefined when cancelled or failed. */
export async function startWorkflow(
  context: ExecutionsContext,
  argument?: unknown,
  input?: unknown,
): Promise<string | undefined> {
  const target = await withStartTarget(context, argument);
  if (!target) return undefined;
  const given = isObject(input) ? input : undefined;
  return start(context, target, given ?? rememberedInputs(context).get(target.name) ?? {});
}

/** Starts with chosen input; resolves with the id when sent at once, undefined when the editor opened or on failure. */
export async function startWorkflowWithInput(
  context: ExecutionsContext,
  argument?: unknown,
  input?: unknown,
): Promise<string | undefined> {
  const target = await withStartTarget(context, argument);
  if (!target) return undefined;
  const send = (chosen: WorkflowInput): Promise<string | undefined> => start(context, target, chosen);
  if (isObject(input)) return send(input);
  if (input === 'editor') await openInputEditor(context, target, 'Start', send);
  else return (await chooseInput(context, target, 'Start', send)) as string | undefined;
  return undefined;
}

async function start(
  context: ExecutionsContext,
  target: StartTarget,
  input: WorkflowInput,
): Promise<string | undefined> {
  try {
    const { client } = await context.services.connections.connect();
    const id = await client.workflows.start(startRequest(target, input));
    if (target.file) context.lastRuns.watch(target.file, id, client);
    await rememberedInputs(context).remember(target.name, input);
    void announceStart(targetLabel(target), id);
    void context.tree.refresh();
    return id;
  } catch (error) {
    void showFailure(context.services, `start ${targetLabel(target)}`, error, {
      retry: () => void start(context, target, input),
    });
    return undefined;
  }
}
