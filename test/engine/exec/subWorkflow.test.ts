import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './engineHarness';

interface Wf {
  status: string;
  output: Record<string, unknown>;
  parentWorkflowId?: string;
  tasks: {
    referenceTaskName: string;
    status: string;
    subWorkflowId?: string;
    outputData: Record<string, unknown>;
    reasonForIncompletion?: string;
  }[];
}

let h: Harness;
before(async () => {
  h = await startHarness();
  const child = {
    name: 'child_sys',
    version: 1,
    outputParameters: { doubled: '${workflow.input.n}' },
    tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }],
  };
  const worker = {
    name: 'child_worker',
    version: 1,
    tasks: [{ name: 'child_task', taskReferenceName: 'ct', type: 'SIMPLE' }],
  };
  for (const def of [child, worker]) assert.equal((await h.call('POST', '/api/metadata/workflow', def)).status, 200);
});
after(() => h.close());

const get = async (id: string): Promise<Wf> => (await h.call('GET', `/api/workflow/${id}`)).json as Wf;
async function startParent(childName: string, extra: Record<string, unknown> = {}): Promise<string> {
  const def = {
    name: `parent_of_${childName}`,
    tasks: [
      {
        name: 'sub',
        taskReferenceName: 'sub',
        type: 'SUB_WORKFLOW',
        subWorkflowParam: { name: childName },
        inputParameters: { n: '${workflow.input.n}' },
        ...extra,
      },
      { name: 'after', taskReferenceName: 'after', type: 'NOOP' },
    ],
  };
  const res = await h.call('POST', '/api/workflow', {
    name: def.name,
    input: { n: 4 },
    correlationId: 'family',
    workflowDef: def,
  });
  assert.equal(res.status, 200, res.text);
  return res.text;
}

void describe('§5.9 SUB_WORKFLOW', () => {
  void it('runs a child to completion and continues the parent with the child output', async () => {
    const id = await startParent('child_sys');
    const parent = await get(id);
    assert.equal(parent.status, 'COMPLETED');
    const sub = parent.tasks[0];
    assert.equal(sub?.status, 'COMPLETED');
    assert.deepEqual(sub?.outputData, { doubled: 4, subWorkflowId: sub?.subWorkflowId });
    const child = await get(sub?.subWorkflowId ?? '');
    assert.equal(child.parentWorkflowId, id);
    assert.equal(child.status, 'COMPLETED');
  });
  void it('waits for a child with a worker task, and completes when the child does', async () => {
    const id = await startParent('child_worker');
    const childId = (await get(id)).tasks[0]?.subWorkflowId ?? '';
    assert.equal((await get(id)).status, 'RUNNING');
    await h.call('POST', `/api/tasks/${childId}/ct/COMPLETED`, { ok: true });
    const parent = await get(id);
    assert.equal(parent.status, 'COMPLETED');
    assert.equal(parent.tasks[0]?.outputData['ok'], true);
  });
  void it('terminating the parent terminates the child; a failed child fails the parent task', async () => {
    const id = await startParent('child_worker');
    const childId = (await get(id)).tasks[0]?.subWorkflowId ?? '';
    await h.call('DELETE', `/api/workflow/${id}?reason=stop`);
    assert.equal((await get(childId)).status, 'TERMINATED');
    const other = await startParent('child_worker');
    const otherChild = (await get(other)).tasks[0]?.subWorkflowId ?? '';
    await h.call('POST', `/api/tasks/${otherChild}/ct/FAILED_WITH_TERMINAL_ERROR`, {});
    const parent = await get(other);
    assert.equal(parent.tasks[0]?.status, 'FAILED');
    assert.equal(parent.status, 'FAILED');
  });
  void it('refuses to start (500) when an unversioned child has no definition (§2.5)', async () => {
    const def = {
      name: 'parent_of_missing',
      tasks: [{ name: 's', taskReferenceName: 's', type: 'SUB_WORKFLOW', subWorkflowParam: { name: 'no_such_child' } }],
    };
    const res = await h.call('POST', '/api/workflow', { name: def.name, workflowDef: def });
    assert.equal(res.status, 500);
    assert.match(res.text, /The Task no_such_child defined as a sub-workflow has no workflow definition available /);
  });
  void it('fails the task when a pinned child version does not exist', async () => {
    const id = await startParent('child_sys', { subWorkflowParam: { name: 'child_sys', version: 9 } });
    const parent = await get(id);
    assert.equal(parent.status, 'FAILED');
    assert.match(parent.tasks[0]?.reasonForIncompletion ?? '', /No such workflow defined. name=child_sys, version=9/);
  });
});
