import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './engineHarness';

/**
 * §4.2 (conductor-oss v3.31.2+): `${workflow.secrets.X}` is not read from the context document; it stays a literal
 * until the task is handed off, where a secrets store (which this local engine has none of) would substitute it.
 */

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

void describe('§4.2 workflow.secrets', () => {
  void it('hands the worker the literal expression, alone or inside text, instead of null', async () => {
    const inputParameters = {
      token: '${workflow.secrets.api_key}',
      header: 'Bearer ${workflow.secrets.api_key}',
      nested: '${workflow.secrets.${workflow.input.which}}',
    };
    const name = 'secrets_literal';
    const tasks = [{ name: 'uses_secret', taskReferenceName: 'uses_secret', type: 'SIMPLE', inputParameters }];
    const started = await h.call('POST', '/api/workflow', {
      name,
      input: { which: 'db' },
      workflowDef: { name, tasks },
    });
    assert.equal(started.status, 200, started.text);
    const polled = await h.call('GET', '/api/tasks/poll/uses_secret');
    assert.equal(polled.status, 200, polled.text);
    assert.deepEqual((polled.json as { inputData: unknown }).inputData, inputParameters);
  });
});
