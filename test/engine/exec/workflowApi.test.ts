import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, startHarness, type Harness } from './engineHarness';

let h: Harness;
const TEXT = /^text\/plain/;
before(async () => {
  h = await startHarness();
  for (const name of ['two_workers', 'system_only', 'wait_signal']) {
    assert.equal((await h.call('POST', '/api/metadata/workflow', fixture(`${name}.workflow.json`))).status, 200);
  }
  const v2 = { ...fixture<Record<string, unknown>>('two_workers.workflow.json'), version: 2 };
  assert.equal((await h.call('POST', '/api/metadata/workflow', v2)).status, 200);
});
after(() => h.close());

async function start(name: string, input: unknown = {}, query = ''): Promise<string> {
  const res = await h.call('POST', `/api/workflow/${name}${query}`, input);
  assert.equal(res.status, 200, res.text);
  assert.match(res.contentType, TEXT);
  return res.text;
}

void describe('§3.2 start', () => {
  void it('POST /api/workflow answers the id as text/plain and honours version and correlationId', async () => {
    const res = await h.call('POST', '/api/workflow', {
      name: 'two_workers',
      version: 1,
      correlationId: 'c-1',
      input: { name: 'x' },
    });
    assert.equal(res.status, 200);
    assert.match(res.contentType, TEXT);
    const wf = (await h.call('GET', `/api/workflow/${res.text}?includeTasks=false`)).json as Record<string, unknown>;
    assert.equal(wf['workflowVersion'], 1);
    assert.equal(wf['correlationId'], 'c-1');
    assert.equal(wf['tasks'], undefined);
  });
  void it('starts the latest version by default and a specific version on request (several at once)', async () => {
    const latest = (await h.call('GET', `/api/workflow/${await start('two_workers')}`)).json as Record<string, unknown>;
    const v1 = (await h.call('GET', `/api/workflow/${await start('two_workers', {}, '?version=1')}`)).json as Record<
      string,
      unknown
    >;
    assert.equal(latest['workflowVersion'], 2);
    assert.equal(v1['workflowVersion'], 1);
  });
  void it('starts an inline workflowDef without registration', async () => {
    const def = { name: 'inline_only', version: 3, tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }] };
    const res = await h.call('POST', '/api/workflow', { name: 'inline_only', workflowDef: def });
    const wf = (await h.call('GET', `/api/workflow/${res.text}`)).json as Record<string, unknown>;
    assert.equal(wf['status'], 'COMPLETED');
    assert.equal(wf['workflowVersion'], 3);
  });
  void it('answers 404 for an unknown definition and 400 for priority and missing name', async () => {
    const missing = await h.call('POST', '/api/workflow/nope', {});
    assert.equal(missing.status, 404);
    assert.equal((missing.json as { message: string }).message, 'No such workflow defined. name=nope, version=null');
    const high = await h.call('POST', '/api/workflow/two_workers?priority=100', {});
    assert.equal(high.status, 400);
    assert.equal((high.json as { message: string }).message, '99 is the maximum priority value');
    const low = await h.call('POST', '/api/workflow/two_workers?priority=-1', {});
    assert.equal((low.json as { message: string }).message, '0 is the minimum priority value');
    const noName = await h.call('POST', '/api/workflow', { input: {} });
    assert.equal(noName.status, 400);
    assert.deepEqual((noName.json as { validationErrors: unknown }).validationErrors, [
      { path: 'startWorkflow.startWorkflowRequest.name', message: 'Workflow name cannot be null or empty' },
    ]);
    const badInput = await h.call('POST', '/api/workflow', { name: 'two_workers', input: 'text' });
    assert.equal(badInput.status, 400);
    assert.deepEqual((badInput.json as { validationErrors: unknown }).validationErrors, [
      { path: 'startWorkflow.startWorkflowRequest.input', message: 'input must be a JSON object' },
    ]);
    const badDef = await h.call('POST', '/api/workflow', {
      name: 'bad',
      workflowDef: { name: 'bad', tasks: [{ name: 'x' }] },
    });
    assert.equal(badDef.status, 400);
    const errors = (badDef.json as { validationErrors: { path: string }[] }).validationErrors;
    assert.ok(
      errors.length > 0 && errors.every((e) => e.path.startsWith('startWorkflow.startWorkflowRequest.workflowDef')),
    );
    const malformed = await h.call('POST', '/api/workflow/two_workers', '{"a":', true);
    assert.equal(malformed.status, 400);
  });
});

void describe('§3.2 reads', () => {
  void it('GET a workflow (404 when unknown), its status view and its tasks page', async () => {
    const id = await start('system_only', { kind: 'b', count: 1 });
    assert.equal((await h.call('GET', '/api/workflow/unknown-id')).status, 404);
    const status = (await h.call('GET', `/api/workflow/${id}/status?includeOutput=True&includeVariables=true`)).json;
    assert.deepEqual(status, {
      workflowId: id,
      status: 'COMPLETED',
      output: { kind: 'b', vars: { count: 1, left: true }, joined: {} },
      variables: { count: 1, left: true },
    });
    const bare = (await h.call('GET', `/api/workflow/${id}/status`)).json;
    assert.deepEqual(bare, { workflowId: id, status: 'COMPLETED' });
    const page = (await h.call('GET', `/api/workflow/${id}/tasks?start=1&count=2`)).json as {
      totalHits: number;
      results: { referenceTaskName: string }[];
    };
    assert.equal(page.totalHits, 8);
    assert.deepEqual(
      page.results.map((t) => t.referenceTaskName),
      ['route', 'noop_default'],
    );
    const none = (await h.call('GET', `/api/workflow/${id}/tasks?status=SCHEDULED`)).json as { totalHits: number };
    assert.equal(none.totalHits, 0);
  });
  void it('lists running ids by name and version (default 1) and finds correlated runs', async () => {
    const a = await start('two_workers', {}, '?version=1&correlationId=corr-9');
    const b = await start('two_workers', {}, '?version=2&correlationId=corr-9');
    const v1 = (await h.call('GET', '/api/workflow/running/two_workers')).json as string[];
    assert.ok(v1.includes(a) && !v1.includes(b));
    const v2 = (await h.call('GET', '/api/workflow/running/two_workers?version=2')).json as string[];
    assert.ok(v2.includes(b));
    const corr = (await h.call('GET', '/api/workflow/two_workers/correlated/corr-9')).json as { workflowId: string }[];
    assert.deepEqual(corr.map((w) => w.workflowId).sort(), [a, b].sort());
    const post = (await h.call('POST', '/api/workflow/two_workers/correlated', ['corr-9', 'none'])).json as Record<
      string,
      unknown[]
    >;
    assert.equal(post['corr-9']?.length, 2);
    assert.deepEqual(post['none'], []);
    const batch = await h.call('POST', '/api/workflow/correlated/batch', {
      workflowNames: ['two_workers'],
      correlationIds: ['corr-9'],
    });
    assert.equal((batch.json as Record<string, unknown[]>)['corr-9']?.length, 2);
    await h.call('DELETE', `/api/workflow/${a}?reason=done`);
    const open = (await h.call('GET', '/api/workflow/two_workers/correlated/corr-9')).json as unknown[];
    assert.equal(open.length, 1);
    const closed = (
      await h.call('GET', '/api/workflow/two_workers/correlated/corr-9?includeClosed=true&includeTasks=true')
    ).json as { tasks: unknown[] }[];
    assert.equal(closed.length, 2);
    assert.ok(Array.isArray(closed[0]?.tasks));
  });
  void it('PUT decide answers an empty 200', async () => {
    const id = await start('two_workers');
    const res = await h.call('PUT', `/api/workflow/decide/${id}`);
    assert.equal(res.status, 200);
    assert.equal(res.text, '');
  });
});

void describe('§3.2 search', () => {
  void it('filters by the query grammar, sorts, pages, and caps size at 5000', async () => {
    const id = await start('two_workers', {}, '?correlationId=search-me');
    const res = await h.call(
      'GET',
      `/api/workflow/search?query=${encodeURIComponent("correlationId = 'search-me' AND status IN (RUNNING,PAUSED)")}`,
    );
    const body = res.json as { totalHits: number; results: Record<string, unknown>[] };
    assert.equal(body.totalHits, 1);
    const summary = body.results[0] ?? {};
    assert.equal(summary['workflowId'], id);
    assert.equal(typeof summary['startTime'], 'string');
    assert.equal(typeof summary['input'], 'string');
    assert.equal(summary['parentWorkflowId'], '');
    const like = (
      await h.call(
        'GET',
        `/api/workflow/search?query=${encodeURIComponent('workflowType = two_*')}&size=1&sort=startTime:DESC`,
      )
    ).json as { totalHits: number; results: unknown[] };
    assert.ok(like.totalHits >= 2);
    assert.equal(like.results.length, 1);
    const v2 = (await h.call('GET', `/api/workflow/search-v2?freeText=search-me`)).json as {
      results: { workflowId: string; input: unknown }[];
    };
    assert.equal(v2.results[0]?.workflowId, id);
    assert.equal(typeof v2.results[0]?.input, 'object');
    const big = await h.call('GET', '/api/workflow/search?size=5001');
    assert.equal(big.status, 400);
    assert.equal(
      (big.json as { message: string }).message,
      'Cannot return more than 5000 workflows. Please use pagination.',
    );
    assert.equal((await h.call('GET', `/api/workflow/search?query=${encodeURIComponent('bogus = 1')}`)).status, 400);
  });
});

void describe('§3.2 execute synchronously', () => {
  void it('returns the completed run for a system-only workflow (version 0 = latest, empty waitUntilTaskRef)', async () => {
    const res = await h.call('POST', '/api/workflow/execute/system_only/0?requestId=r1&waitUntilTaskRef=', {
      input: { kind: 'a' },
    });
    assert.equal(res.status, 200, res.text);
    const run = res.json as Record<string, unknown>;
    assert.equal(run['responseType'], 'TARGET_WORKFLOW');
    assert.equal(run['status'], 'COMPLETED');
    assert.equal(run['requestId'], 'r1');
    assert.equal(run['signalTimeout'], false);
  });
  void it('returns when the run blocks on a WAIT, and times out with signalTimeout on workers', async () => {
    const blocked = (await h.call('POST', '/api/workflow/execute/wait_signal/1', {})).json as Record<string, unknown>;
    assert.equal(blocked['status'], 'RUNNING');
    assert.equal(blocked['signalTimeout'], false);
    const slow = (await h.call('POST', '/api/workflow/execute/two_workers/1?waitForSeconds=0', {})).json as Record<
      string,
      unknown
    >;
    assert.equal(slow['signalTimeout'], true);
    const task = (await h.call('POST', '/api/workflow/execute/wait_signal/1?returnStrategy=BLOCKING_TASK', {}))
      .json as Record<string, unknown>;
    assert.equal(task['referenceTaskName'], 'hold');
  });
});

void describe('§3.2 remove', () => {
  void it('removes a run (404 afterwards) and terminate-removes a running one', async () => {
    const id = await start('two_workers');
    assert.equal((await h.call('DELETE', `/api/workflow/${id}/remove?archiveWorkflow=True`)).status, 200);
    assert.equal((await h.call('GET', `/api/workflow/${id}`)).status, 404);
    assert.equal((await h.call('DELETE', `/api/workflow/${id}/remove`)).status, 404);
    const other = await start('two_workers');
    assert.equal((await h.call('DELETE', `/api/workflow/${other}/terminate-remove?reason=x`)).status, 200);
    assert.equal((await h.call('GET', `/api/workflow/${other}`)).status, 404);
    assert.equal((await h.call('GET', '/api/tasks/queue/size?taskType=exec_first')).status, 200);
  });
});
