/**
 * The script and jq runtimes the decider uses for INLINE, LAMBDA, JSON_JQ_TRANSFORM and script SWITCHes
 * (reference/conductor.md §1.11, §4.4, §5.6). They are created asynchronously once per process and shared by every
 * engine in it (reference-counted), because system-task handlers are registered process-wide.
 */
import { JqRunner } from '../jq';
import { ScriptSandbox } from '../scripts';

/** The live runtimes; handlers read them at execution time (absent before start or after the last release). */
export const scriptRuntime: { sandbox?: ScriptSandbox | undefined; jq?: JqRunner | undefined } = {};

let users = 0;
let creating: Promise<void> | undefined;

/** Creates the runtimes on first use; every call must be paired with `releaseScriptRuntime()`. */
export async function acquireScriptRuntime(): Promise<void> {
  users++;
  creating ??= (async () => {
    const [sandbox, jq] = await Promise.all([ScriptSandbox.create(), JqRunner.create()]);
    scriptRuntime.sandbox = sandbox;
    scriptRuntime.jq = jq;
  })();
  await creating;
}

/** Disposes the runtimes when the last engine of the process releases them. */
export async function releaseScriptRuntime(): Promise<void> {
  users = Math.max(0, users - 1);
  if (users > 0 || !creating) return;
  creating = undefined;
  const { sandbox, jq } = scriptRuntime;
  scriptRuntime.sandbox = undefined;
  scriptRuntime.jq = undefined;
  sandbox?.dispose();
  await jq?.dispose();
}
