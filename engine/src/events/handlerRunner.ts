/**
 * What happens to a message on a `conductor` queue (reference/conductor.md §1.9, Conductor's
 * `DefaultEventProcessor.executeEvent`): every active handler whose `event` is the message's event checks its
 * condition against the payload (inline JSON expanded), and when it holds runs its actions in order. Each action
 * ends COMPLETED with its output or FAILED with the error; a false condition is SKIPPED. Outcomes go to the log
 * (the OSS REST API has no endpoint for event executions); nothing here throws.
 */
import type { EventHandler } from '../../../common/src/model';
import type { Executor } from '../execution/executor';
import { scriptRuntime } from '../execution/scriptRuntime';
import { evalBool, toBoolean } from '../scripts';
import { runAction } from './eventActions';
import type { EventMessage } from './eventMessages';
import { expandInlineJson } from './expandJson';

/** The outcome of one action of one handler (Conductor's EventExecution, without the storage). */
export interface EventExecution {
  id: string;
  messageId: string;
  name: string;
  event: string;
  status: 'COMPLETED' | 'FAILED' | 'SKIPPED';
  action?: string;
  output: Record<string, unknown>;
}

/** Why a `python` condition fails here (no GraalPy). */
export const NO_PYTHON =
  'The python evaluator (GraalPy in Conductor) is not available in the local engine: write the condition in javascript.';
/** Why a condition fails while the script sandbox is down. */
export const NO_SANDBOX = 'The script sandbox is not running, so the condition cannot be evaluated.';

/** §4.4: `value-param` reads a key of the payload; other evaluator types run the condition as JavaScript. */
function conditionHolds(
  handler: EventHandler,
  payload: unknown,
): { ok: true; value: boolean } | { ok: false; reason: string } {
  const condition = handler.condition ?? '';
  if (condition === '') return { ok: true, value: true };
  const input = expandInlineJson(payload);
  if (handler.evaluatorType === 'python') return { ok: false, reason: NO_PYTHON };
  if (handler.evaluatorType === 'value-param') {
    const value =
      typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[condition] : undefined;
    return { ok: true, value: toBoolean(value) };
  }
  const sandbox = scriptRuntime.sandbox;
  if (!sandbox) return { ok: false, reason: NO_SANDBOX };
  return evalBool(sandbox, condition, input);
}

/** Runs one handler for `message`: its executions, one per action (or one SKIPPED). */
export function runHandler(executor: Executor, handler: EventHandler, message: EventMessage): EventExecution[] {
  const base = { messageId: message.id, name: handler.name, event: handler.event };
  const holds = conditionHolds(handler, message.payload);
  if (!holds.ok || !holds.value) {
    const output: Record<string, unknown> = { msg: message.payload, condition: handler.condition };
    if (!holds.ok) output['exception'] = holds.reason;
    return [{ ...base, id: `${message.id}_0`, status: holds.ok ? 'SKIPPED' : 'FAILED', output }];
  }
  return handler.actions.map((action, index) => {
    const id = `${message.id}_${index}`;
    // Each action gets a fresh copy of the payload, expanded only when it asks for it.
    const payload = action.expandInlineJSON ? expandInlineJson(message.payload) : structuredClone(message.payload);
    try {
      const output = runAction(executor, action, payload, message);
      return { ...base, id, action: action.action, status: 'COMPLETED' as const, output };
    } catch (error) {
      const exception = error instanceof Error ? error.message : String(error);
      return { ...base, id, action: action.action, status: 'FAILED' as const, output: { exception } };
    }
  });
}

/** Runs every active handler of the message's event; returns all executions (for the log and for tests). */
export function handleMessage(executor: Executor, message: EventMessage): EventExecution[] {
  const handlers = executor.store.eventHandlers.listForEvent(message.event, true);
  return handlers.flatMap((handler) => runHandler(executor, handler, message));
}
