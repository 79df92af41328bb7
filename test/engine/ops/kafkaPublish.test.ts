import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, read, register, start, startHarness, taskOf, type Harness } from './opsHarness';

let h: Harness;
before(async () => {
  h = await startHarness();
  await register(h, fixture('kafka_publish.workflow.json'));
});
after(() => h.close());

async function reasonFor(request: unknown): Promise<string> {
  const run = await read(h, await start(h, 'ops_kafka_publish', { request }));
  assert.equal(run.status, 'FAILED');
  const task = taskOf(run, 'publish');
  assert.equal(task.status, 'FAILED');
  return task.reasonForIncompletion ?? '';
}

void describe('§1.11 KAFKA_PUBLISH', () => {
  void it('fails a complete request clearly: no broker is configured for the local engine', async () => {
    const reason = await reasonFor({ bootStrapServers: 'localhost:9092', topic: 'orders', value: { id: 1 } });
    assert.match(reason, /^Failed to invoke kafka task due to: no Kafka broker is configured for the local engine; /);
    assert.match(reason, /topic 'orders' on localhost:9092/);
  });

  void it("checks the request first with Conductor's reasons", async () => {
    assert.match(await reasonFor(null), /^Missing Kafka request\. Task input MUST have a 'kafka_request' key/);
    assert.equal(await reasonFor({ topic: 't', value: 1 }), 'No boot strap servers specified');
    assert.match(await reasonFor({ bootStrapServers: 'b:1', value: 1 }), /^Missing Kafka topic\./);
    assert.match(await reasonFor({ bootStrapServers: 'b:1', topic: 't' }), /^Missing Kafka value\. {2}See/);
  });
});
