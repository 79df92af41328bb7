/**
 * What "Register" does with a definition file, kind by kind, following Conductor's own semantics (§2.5, §3.1, §3.4):
 * a workflow is POSTed without overwrite and a 409 asks the user before POSTing with `overwrite=true`; task
 * definitions are an upsert on the server, so the ones already registered are found first and the user is asked
 * before they are replaced; an event handler is added and a 409 asks before updating; a schedule is saved after
 * asking when one of that name exists. Pure: no `vscode` import, the question is a callback.
 */
import type { EventHandler, TaskDef, WorkflowDef, WorkflowSchedule } from '../../../../common/src/model';
import { ConductorApiError, type ConductorClient } from '../../api';
import type { DefinitionRef } from '../../documents/definitionKind';
import { definitionName, definitionVersion, type DefinitionFile } from '../../documents/definitionFile';

/** Asks whether these registered definitions may be replaced; false cancels the whole register. */
export type AskOverwrite = (existing: readonly DefinitionRef[]) => Promise<boolean>;

/** What a register did: the definitions now on the server, or nothing because the user kept the registered ones. */
export type RegisterOutcome = { readonly registered: readonly DefinitionRef[] } | { readonly cancelled: true };

/** The server-side references of the file's definitions (workflows with their version, as Conductor defaults it). */
export function fileRefs(file: DefinitionFile): DefinitionRef[] {
  return file.definitions.map((definition) => ({
    kind: file.kind,
    name: definitionName(definition),
    ...(file.kind === 'workflow' ? { version: definitionVersion(definition) } : {}),
  }));
}

/** Registers every definition of the file; rejects with the server's ConductorApiError (e.g. a 400 to map). */
export async function registerDefinitionFile(
  client: ConductorClient,
  file: DefinitionFile,
  askOverwrite: AskOverwrite,
): Promise<RegisterOutcome> {
  const refs = fileRefs(file);
  const [first] = file.definitions;
  if (first === undefined) return { registered: [] };
  switch (file.kind) {
    case 'workflow':
      return conflictThenReplace(refs, askOverwrite, async (replace) => {
        await client.metadata.registerWorkflowDef(first as unknown as WorkflowDef, replace);
      });
    case 'event':
      return conflictThenReplace(refs, askOverwrite, (replace) =>
        replace
          ? client.events.update(first as unknown as EventHandler)
          : client.events.add(first as unknown as EventHandler),
      );
    case 'taskdef': {
      const registered = new Set((await client.metadata.listTaskDefs()).map((def) => def.name));
      const existing = refs.filter((ref) => registered.has(ref.name));
      if (existing.length > 0 && !(await askOverwrite(existing))) return { cancelled: true };
      await client.metadata.registerTaskDefs(file.definitions as unknown as TaskDef[]);
      return { registered: refs };
    }
    case 'schedule': {
      const existing = (await scheduleExists(client, refs[0]?.name ?? '')) ? refs : [];
      if (existing.length > 0 && !(await askOverwrite(existing))) return { cancelled: true };
      await client.schedules.save(first as unknown as WorkflowSchedule);
      return { registered: refs };
    }
  }
}

/** Creates; on 409 asks, then replaces. */
async function conflictThenReplace(
  refs: readonly DefinitionRef[],
  askOverwrite: AskOverwrite,
  save: (replace: boolean) => Promise<void>,
): Promise<RegisterOutcome> {
  try {
    await save(false);
  } catch (error) {
    if (!(error instanceof ConductorApiError && error.isConflict)) throw error;
    if (!(await askOverwrite(refs))) return { cancelled: true };
    await save(true);
  }
  return { registered: refs };
}

async function scheduleExists(client: ConductorClient, name: string): Promise<boolean> {
  try {
    await client.schedules.get(name);
    return true;
  } catch (error) {
    if (error instanceof ConductorApiError && error.isNotFound) return false;
    throw error;
  }
}

/** Removes registered definitions: workflow versions, task definitions, event handlers or schedules. */
export async function unregisterDefinitions(client: ConductorClient, refs: readonly DefinitionRef[]): Promise<void> {
  for (const ref of refs) {
    if (ref.kind === 'workflow') await client.metadata.unregisterWorkflowDef(ref.name, ref.version ?? 1);
    else if (ref.kind === 'taskdef') await client.metadata.unregisterTaskDef(ref.name);
    else if (ref.kind === 'event') await client.events.delete(ref.name);
    else await client.schedules.delete(ref.name);
  }
}
