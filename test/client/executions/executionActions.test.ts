/**
 * Which actions the Executions view offers per status (reference/conductor.md §5.5), checked two ways: against the
 * real engine (every offered action succeeds on an execution in that status, and the ones not offered are refused,
 * except the documented no-ops), and against package.json, whose menus must be exactly the generated ones.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowStatus } from '../../../common/src/status';
import {
  EXECUTION_ACTIONS,
  executionActionsFor,
  executionMenus,
  taskActionsFor,
} from '../../../client/src/views/executions/executionActions';
import type { EngineClient } from '../clientHarness';
import { startFlow, startFlowEngine, work } from './executionsHarness';

let h: EngineClient;
before(async () => {
  h = await startFlowEngine();
});
after(() => h.engine.close());

/** A fresh execution of `exec_flow` in `status`. */
async function executionIn(status: WorkflowStatus): Promise<string> {
  const id = await startFlow(h);
  if (status === 'PAUSED') await h.client.workflows.pause(id);
  if (status === 'TERMINATED') await h.client.workflows.terminate(id, 'test');
  if (status === 'FAILED') {
    // exec_charge allows one retry (retryCount 1): the second failure fails the workflow.
    await work(h, id, 'charge', 'FAILED');
    await work(h, id, 'charge', 'FAILED');
  }
  if (status === 'COMPLETED') for (const ref of ['charge', 'ship_eu', 'notify']) await work(h, id, ref, 'COMPLETED');
  assert.equal((await h.client.workflows.get(id, false)).status, status);
  return id;
}

const CALLS: Readonly<Record<string, (id: string) => Promise<unknown>>> = {
  'conductor.pauseExecution': (id) => h.client.workflows.pause(id),
  'conductor.resumeExecution': (id) => h.client.workflows.resume(id),
  'conductor.terminateExecution': (id) => h.client.workflows.terminate(id, 'from the test'),
  'conductor.restartExecution': (id) => h.client.workflows.restart(id, false),
  'conductor.retryExecution': (id) => h.client.workflows.retry(id, false),
  'conductor.rerunExecution': (id) => h.client.workflows.rerun(id, {}),
  'conductor.skipTask': (id) => h.client.workflows.skipTask(id, 'notify'),
  'conductor.deleteExecution': (id) => h.client.workflows.delete(id),
};

// §5.5: pausing a paused run and terminating a terminated one are no-ops; a FAILED run may be terminated.
const ACCEPTED_THOUGH_NOT_OFFERED = new Set([
  'conductor.pauseExecution@PAUSED',
  'conductor.terminateExecution@TERMINATED',
  'conductor.terminateExecution@FAILED',
]);

const STATUSES: readonly WorkflowStatus[] = ['RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'TERMINATED'];

void describe('offered actions match what the engine accepts (§5.5)', () => {
  for (const status of STATUSES) {
    void it(`${status}: offers ${executionActionsFor(status).join(', ')}`, async () => {
      const offered = new Set(executionActionsFor(status));
      for (const [command, call] of Object.entries(CALLS)) {
        const id = await executionIn(status);
        const outcome = await call(id).then(
          () => 'accepted',
          (error: unknown) => `refused: ${String(error)}`,
        );
        if (offered.has(command)) assert.equal(outcome, 'accepted', `${command} on ${status}`);
        else if (!ACCEPTED_THOUGH_NOT_OFFERED.has(`${command}@${status}`)) {
          assert.match(outcome, /^refused/, `${command} is not offered on ${status}, so the server must refuse it`);
        }
      }
    });
  }

  void it('task actions (open, copy, logs) are offered in every task status', () => {
    assert.deepEqual(taskActionsFor('SCHEDULED'), [
      'conductor.openTaskJson',
      'conductor.copyTaskId',
      'conductor.showTaskLogs',
    ]);
    assert.deepEqual(taskActionsFor('FAILED'), taskActionsFor('COMPLETED'));
  });
});

void describe('package.json menus', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
    contributes: {
      menus: Record<string, { command: string; when?: string; group?: string }[]>;
      commands: { command: string }[];
    };
  };

  void it('hold exactly the generated view/item/context entries of the Executions view', () => {
    const inView = manifest.contributes.menus['view/item/context']?.filter(
      (entry) => entry.when?.includes('view == conductor.executions') && !entry.group?.startsWith('inline'),
    );
    assert.deepEqual(inView, executionMenus());
  });

  void it('declare every command the menus use', () => {
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const command of Object.keys(EXECUTION_ACTIONS)) assert.ok(declared.has(command), command);
  });
});
