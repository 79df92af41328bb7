/**
 * The language server over real LSP (a server process on stdio): `conductor/registeredDefinitions` switches the
 * SIMPLE-task and sub-workflow checks to the active profile's registrations and re-validates open documents; a
 * payload with `registered: null` (not connected, fetch failed, checks off) brings back the workspace-only findings.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { missingTaskDefinition } from '../../../server/src/service/rules/missingTaskDefinition';
import { NOT_REGISTERED_CODE as TASK_NOT_REGISTERED } from '../../../server/src/service/rules/missingTaskDefinition';
import { NOT_REGISTERED_CODE as SUB_NOT_REGISTERED } from '../../../server/src/service/rules/unknownSubWorkflow';
import { unknownSubWorkflow } from '../../../server/src/service/rules/unknownSubWorkflow';
import {
  REGISTERED_DEFINITIONS_NOTIFICATION,
  type RegisteredDefinitionsParams,
} from '../../../server/src/service/registeredDefinitions';
import { anyPublication, codes, open, useWorkspace } from '../../integration/lsp/lspWorkspace';

const sorted = (values: string[]): string[] => [...values].sort();

void describe('language server: registered definitions of the active profile', () => {
  const { folder, session } = useWorkspace();
  const send = (params: RegisteredDefinitionsParams): Promise<void> =>
    session().connection.sendNotification(REGISTERED_DEFINITIONS_NOTIFICATION, params);

  void test('registrations replace the workspace findings, and null restores them', async () => {
    const uri = await open(session(), folder, 'connection/registry.workflow.json');
    const workspaceOnly = await session().waitForDiagnostics(uri, anyPublication);
    assert.deepEqual(sorted(codes(workspaceOnly)), sorted([missingTaskDefinition.id, unknownSubWorkflow.id]));

    await send({ registered: { profile: 'staging', workflows: {}, taskDefs: [] } });
    const missing = await session().waitForDiagnostics(uri, (p) => codes(p).includes(TASK_NOT_REGISTERED));
    assert.deepEqual(sorted(codes(missing)), sorted([TASK_NOT_REGISTERED, SUB_NOT_REGISTERED]));
    for (const { message } of missing.diagnostics) {
      assert.match(typeof message === 'string' ? message : message.value, /on server "staging"/);
    }

    const registered = { connection_child_flow: [1] };
    await send({
      registered: { profile: 'staging', workflows: registered, taskDefs: ['connection_unregistered_task'] },
    });
    await session().waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);

    await send({ registered: null });
    const restored = await session().waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(sorted(codes(restored)), sorted([missingTaskDefinition.id, unknownSubWorkflow.id]));
  });
});
