/**
 * The retry question the Executions view and the execution diagram share (askRetryResume → retryChoices), against
 * the real engine: asked only when a sub-workflow failed, and each answer does what it says when retried with its
 * `resumeSubworkflowTasks` value (§5.5 retry): resume continues the same sub-workflow, the other starts a new one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkflowDef } from '../../../common/src/model';
import { retryChoices } from '../../../client/src/commands/executions/retryChoices';
import type { EngineClient } from '../clientHarness';
import { executionFixture, startFlow, startFlowEngine, work } from './executionsHarness';

let h: EngineClient;
before(async () => {
  h = await startFlowEngine();
  for (const name of ['exec_child.workflow.json', 'exec_parent.workflow.json']) {
    await h.client.metadata.registerWorkflowDef(executionFixture<WorkflowDef>(name));
  }
});
after(() => h.engine.close());

/** A FAILED `exec_parent`, its child failed by its worker; resolves with both ids. */
async function failedParent(): Promise<{ parent: string; child: string }> {
  const parent = await h.client.workflows.start({ name: 'exec_parent', version: 1, input: {} });
  const child = (await h.client.workflows.get(parent, true)).tasks?.[0]?.subWorkflowId;
  assert.ok(child, 'the SUB_WORKFLOW task started its child');
  await work(h, child, 'ship', 'FAILED');
  assert.equal((await h.client.workflows.get(parent, false)).status, 'FAILED');
  return { parent, child };
}

/** The sub-workflow ids of the parent's SUB_WORKFLOW tasks, in order. */
async function childIds(parent: string): Promise<(string | undefined)[]> {
  return ((await h.client.workflows.get(parent, true)).tasks ?? []).map((task) => task.subWorkflowId);
}

void describe('the retry question (§5.5 retry)', () => {
  void it('is not asked when no sub-workflow failed', async () => {
    const id = await startFlow(h);
    await work(h, id, 'charge', 'FAILED');
    await work(h, id, 'charge', 'FAILED');
    assert.equal(retryChoices(await h.client.workflows.get(id, true)), undefined);
    assert.equal(retryChoices(undefined), undefined, 'an unreadable execution is retried plainly');
  });

  void it('"Resume the failed sub-workflow" retries the same child', async () => {
    const { parent, child } = await failedParent();
    const resume = retryChoices(await h.client.workflows.get(parent, true))?.find((choice) => choice.resume);
    assert.equal(resume?.label, 'Resume the failed sub-workflow');
    await h.client.workflows.retry(parent, resume.resume);
    assert.equal((await h.client.workflows.get(child, false)).status, 'RUNNING');
    assert.deepEqual((await childIds(parent)).at(-1), child);
  });

  void it('"Start a new sub-workflow" retries with a new child', async () => {
    const { parent, child } = await failedParent();
    const fresh = retryChoices(await h.client.workflows.get(parent, true))?.find((choice) => !choice.resume);
    assert.equal(fresh?.label, 'Start a new sub-workflow');
    await h.client.workflows.retry(parent, fresh.resume);
    const latest = (await childIds(parent)).at(-1);
    assert.ok(latest !== undefined && latest !== child, 'a new sub-workflow was started');
    assert.equal((await h.client.workflows.get(child, false)).status, 'FAILED');
  });
});
