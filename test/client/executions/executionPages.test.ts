/**
 * Paging of the Executions view ("Load more…") against the real engine, and what the view keeps and says when the
 * server fails: the engine stopped (no answer), and from loopback fake servers for what the engine cannot produce:
 * a server that never answers, a rejected Orkes key (401) and a 500, and (a fake for speed: the engine would need
 * 6,000 runs) Conductor's 5000 limit on one search.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConductorClient } from '../../../client/src/api';
import { ExecutionPages } from '../../../client/src/views/executions/executionPages';
import { sendJson, startFakeServer, type EngineClient } from '../clientHarness';
import { startFlow, startFlowEngine } from './executionsHarness';

void describe('paging', () => {
  let h: EngineClient;
  const started: string[] = [];

  before(async () => {
    h = await startFlowEngine();
    for (let i = 0; i < 7; i++) started.push(await startFlow(h, { orderId: `o-${i}` }));
  });
  after(() => h.engine.close());

  void it('lists one page, then "Load more" appends the next without repeats until all are listed', async () => {
    const pages = new ExecutionPages(3);
    await pages.reset(h.client, {});
    assert.equal(pages.snapshot().executions.length, 3);
    assert.equal(pages.snapshot().totalHits, 7);
    assert.equal(pages.hasMore, true);
    await pages.loadMore(h.client, {});
    await pages.loadMore(h.client, {});
    const listed = pages.snapshot().executions.map((e) => e.workflowId);
    assert.equal(listed.length, 7);
    assert.equal(new Set(listed).size, 7);
    assert.deepEqual([...listed].sort(), [...started].sort());
    assert.equal(pages.hasMore, false);
  });

  void it('a refresh keeps the pages already loaded and shows a new start first', async () => {
    const pages = new ExecutionPages(3);
    await pages.reset(h.client, {});
    await pages.loadMore(h.client, {});
    const newest = await startFlow(h, { orderId: 'newest' });
    started.push(newest);
    await pages.reload(h.client, {});
    assert.equal(pages.snapshot().executions.length, 6);
    assert.equal(pages.snapshot().executions[0]?.workflowId, newest);
  });

  void it('a new filter starts over from one page', async () => {
    const pages = new ExecutionPages(3);
    await pages.reset(h.client, {});
    await pages.loadMore(h.client, {});
    await pages.reset(h.client, { freeText: 'o-3' });
    assert.equal(pages.snapshot().executions.length, 1);
    assert.equal(pages.hasMore, false);
  });
});

void describe('the search size limit (§3.2)', () => {
  void it('a refresh after 6,000 listed asks for at most 5000, which Conductor allows', async () => {
    const fake = await startFakeServer((request, response) => {
      const size = Number(new URL(request.url, 'http://x').searchParams.get('size'));
      if (size > 5000)
        return sendJson(response, 400, {
          status: 400,
          message: 'Cannot return more than 5000 workflows. Please use pagination.',
        });
      const results = Array.from({ length: size }, (_, i) => ({
        workflowId: `w-${i}-${Math.random()}`,
        status: 'RUNNING',
      }));
      sendJson(response, 200, { totalHits: 10_000, results });
    });
    try {
      const client = new ConductorClient({ profile: 'fake', baseUrl: `${fake.url}/api` });
      const pages = new ExecutionPages(3000);
      await pages.reset(client, {});
      await pages.loadMore(client, {});
      assert.equal(pages.snapshot().executions.length, 6000);
      await pages.reload(client, {});
      assert.equal(pages.snapshot().error, undefined);
      assert.equal(pages.snapshot().executions.length, 5000);
    } finally {
      await fake.close();
    }
  });
});

void describe('failures', () => {
  void it('engine stopped: the error says the server cannot be reached and the listed executions stay', async () => {
    const h = await startFlowEngine();
    await startFlow(h);
    const pages = new ExecutionPages();
    await pages.reset(h.client, {});
    await h.engine.close();
    await pages.reload(h.client, {});
    const snapshot = pages.snapshot();
    assert.match(snapshot.error ?? '', /Could not reach .*127\.0\.0\.1.*Is the server running\?/);
    assert.equal(snapshot.executions.length, 1);
    assert.equal(pages.hasMore, false, 'no "Load more" under an error');
  });

  void it('a server that never answers: the error names the timeout instead of hanging (fake server)', async () => {
    const hanging: (() => void)[] = [];
    const fake = await startFakeServer((_request, response) => void hanging.push(() => response.end()));
    try {
      const pages = new ExecutionPages();
      await pages.reset(new ConductorClient({ profile: 'slow', baseUrl: fake.url, timeoutMs: 200 }), {});
      assert.match(pages.snapshot().error ?? '', /no answer within 0.2 s/);
    } finally {
      for (const release of hanging) release();
      await fake.close();
    }
  });

  void it('a rejected Orkes key: the error names the profile and the key id (fake Orkes server)', async () => {
    const fake = await startFakeServer((_request, response) => sendJson(response, 401, { message: 'bad key' }));
    try {
      const auth = { kind: 'orkes' as const, keyId: 'key-1', keySecret: 'wrong' };
      const pages = new ExecutionPages();
      await pages.reset(new ConductorClient({ profile: 'Orkes dev', baseUrl: fake.url, auth }), {});
      assert.match(pages.snapshot().error ?? '', /Profile "Orkes dev": the server rejected key id "key-1" \(401\)/);
      assert.ok(!(pages.snapshot().error ?? '').includes('wrong'), 'the secret never appears in a message');
    } finally {
      await fake.close();
    }
  });

  void it('a 500 keeps its server message, and the next good answer clears the error', async () => {
    let fail = true;
    const fake = await startFakeServer((_request, response) => {
      if (fail) sendJson(response, 500, { status: 500, message: 'index unavailable' });
      else sendJson(response, 200, { totalHits: 0, results: [] });
    });
    try {
      const client = new ConductorClient({ profile: 'fake', baseUrl: fake.url });
      const pages = new ExecutionPages();
      await pages.reset(client, { statuses: ['FAILED'] });
      assert.match(pages.snapshot().error ?? '', /500.*index unavailable/);
      assert.match(fake.requests[0]?.url ?? '', /query=status\+IN\+%28FAILED%29|query=status%20IN%20%28FAILED%29/);
      fail = false;
      await pages.reload(client, { statuses: ['FAILED'] });
      assert.equal(pages.snapshot().error, undefined);
      assert.equal(pages.snapshot().loaded, true);
    } finally {
      await fake.close();
    }
  });
});
