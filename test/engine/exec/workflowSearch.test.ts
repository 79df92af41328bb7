/**
 * Workflow search by the runs' tasks (reference/conductor.md §3.2): `taskId`/`taskType`/`taskDefName` in `query`,
 * a task id as free text, `/search-by-tasks(-v2)`, and clear 400s for what the grammar does not support.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, startHarness, type Harness } from './engineHarness';

interface Page {
  totalHits: number;
  results: { workflowId: string; tasks?: unknown }[];
}

let h: Harness;
let kindA: string;
let kindB: string;
let workers: string;

async function start(name: string, input: unknown): Promise<string> {
  const res = await h.call('POST', `/api/workflow/${name}`, input);
  assert.equal(res.status, 200, res.text);
  return res.text;
}

async function search(path: string, query: string, extra = ''): Promise<Page> {
  const res = await h.call('GET', `/api/workflow/${path}?query=${encodeURIComponent(query)}${extra}`);
  assert.equal(res.status, 200, res.text);
  return res.json as Page;
}

const ids = (page: Page): string[] => page.results.map((run) => run.workflowId).sort();

before(async () => {
  h = await startHarness();
  for (const name of ['two_workers', 'system_only']) {
    assert.equal((await h.call('POST', '/api/metadata/workflow', fixture(`${name}.workflow.json`))).status, 200);
  }
  kindA = await start('system_only', { kind: 'a' });
  kindB = await start('system_only', { kind: 'b' });
  workers = await start('two_workers', {});
});
after(() => h.close());

void describe('§3.2 workflow search by task fields', () => {
  void it('taskType IN (…) finds the runs holding such a task, and only those', async () => {
    const page = await search('search', 'taskType IN (SWITCH)');
    assert.equal(page.totalHits, 2);
    assert.deepEqual(ids(page), [kindA, kindB].sort());
    // A worker task's taskType is its name (§1.7), so SIMPLE finds nothing.
    assert.deepEqual(ids(await search('search', 'taskType = exec_first')), [workers]);
    assert.equal((await search('search', 'taskType = SIMPLE')).totalHits, 0);
  });

  void it('combines task fields with workflow fields, all task fields met by one task', async () => {
    assert.deepEqual(ids(await search('search-v2', 'taskDefName = noop_a AND workflowType = system_only')), [kindA]);
    assert.deepEqual(ids(await search('search', 'taskType = exec_first AND status = RUNNING')), [workers]);
    assert.equal((await search('search', 'taskType = NOOP AND taskDefName = exec_first')).totalHits, 0);
    assert.deepEqual(ids(await search('search', 'taskDefName = noop_*')), [kindA, kindB].sort());
  });

  void it('finds a run by one of its task ids, in query and as free text', async () => {
    const run = (await h.call('GET', `/api/workflow/${workers}`)).json as { tasks: { taskId: string }[] };
    const taskId = run.tasks[0]?.taskId ?? '';
    assert.notEqual(taskId, '');
    assert.deepEqual(ids(await search('search', `taskId = '${taskId}'`)), [workers]);
    const free = (await h.call('GET', `/api/workflow/search-v2?freeText=${taskId}`)).json as Page;
    assert.deepEqual(ids(free), [workers]);
    assert.equal(free.results[0]?.tasks, undefined);
  });
});

void describe('§3.2 /search-by-tasks', () => {
  void it('answers each run holding a matching task once, with task fields and free text', async () => {
    const noop = await search('search-by-tasks', 'taskType = NOOP AND status = COMPLETED', '&sort=startTime:ASC');
    assert.equal(noop.totalHits, 2);
    assert.deepEqual(
      noop.results.map((run) => run.workflowId),
      [kindA, kindB],
    );
    const v2 = (await h.call('GET', '/api/workflow/search-by-tasks-v2?freeText=exec_first')).json as Page;
    assert.deepEqual(ids(v2), [workers]);
    const all = (await h.call('GET', '/api/workflow/search-by-tasks?freeText=*&size=1')).json as Page;
    assert.equal(all.totalHits, 3);
    assert.equal(all.results.length, 1);
  });
});

void describe('§3.2 unsupported search syntax answers 400 with what is supported', () => {
  const message = async (path: string): Promise<string> => {
    const res = await h.call('GET', path);
    assert.equal(res.status, 400, res.text);
    return (res.json as { message: string }).message;
  };
  void it('rejects OR, unknown fields and task fields as sort keys', async () => {
    const or = await message(`/api/workflow/search?query=${encodeURIComponent('status = FAILED OR status = RUNNING')}`);
    assert.match(or, /OR is not supported.*IN \(a,b\)/);
    const quoted = await search('search', "correlationId = 'this OR that'");
    assert.equal(quoted.totalHits, 0);
    const field = await message(`/api/workflow/search?query=${encodeURIComponent('bogus = 1')}`);
    assert.match(field, /^Unsupported search field 'bogus': use one of .*taskId, taskType, taskDefName\.$/);
    const sort = await message('/api/workflow/search?sort=taskType:ASC');
    assert.match(sort, /^Unsupported sort field 'taskType': use one of workflowId, /);
    assert.match(await message(`/api/workflow/search-by-tasks?query=${encodeURIComponent('nope = 1')}`), /nope/);
  });
});
