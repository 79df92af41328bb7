import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './engineHarness';

interface Wf {
  status: string;
  output: Record<string, unknown>;
  tasks: {
    referenceTaskName: string;
    status: string;
    outputData: Record<string, unknown>;
    reasonForIncompletion?: string;
  }[];
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

async function runInline(name: string, tasks: unknown[], input: Record<string, unknown> = {}): Promise<Wf> {
  const res = await h.call('POST', '/api/workflow', { name, input, workflowDef: { name, tasks } });
  assert.equal(res.status, 200, res.text);
  return (await h.call('GET', `/api/workflow/${res.text}`)).json as Wf;
}

void describe('§1.11 script and jq system tasks on the shared runtimes', () => {
  void it('INLINE evaluates javascript with the inputs as $ and outputs result', async () => {
    const wf = await runInline(
      'inline',
      [
        {
          name: 'calc',
          taskReferenceName: 'calc',
          type: 'INLINE',
          inputParameters: {
            evaluatorType: 'graaljs',
            n: '${workflow.input.n}',
            expression: '(function(){ return $.n * 2; })()',
          },
        },
      ],
      { n: 21 },
    );
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(wf.tasks[0]?.outputData, { result: 42 });
  });
  void it('INLINE script errors are FAILED_WITH_TERMINAL_ERROR and fail the workflow', async () => {
    const wf = await runInline('inline_err', [
      {
        name: 'bad',
        taskReferenceName: 'bad',
        type: 'INLINE',
        inputParameters: { expression: 'throw new Error("nope")' },
      },
    ]);
    assert.equal(wf.status, 'FAILED');
    assert.equal(wf.tasks[0]?.status, 'FAILED_WITH_TERMINAL_ERROR');
    assert.match(wf.tasks[0]?.reasonForIncompletion ?? '', /nope/);
  });
  void it('LAMBDA runs a function body with return', async () => {
    const wf = await runInline('lambda', [
      {
        name: 'l',
        taskReferenceName: 'l',
        type: 'LAMBDA',
        inputParameters: { v: 'x', scriptExpression: 'return $.v + "y";' },
      },
    ]);
    assert.deepEqual(wf.tasks[0]?.outputData, { result: 'xy' });
  });
  void it('SWITCH with a javascript expression picks the case from "" + result (§5.6)', async () => {
    const wf = await runInline(
      'switch_js',
      [
        {
          name: 'sw',
          taskReferenceName: 'sw',
          type: 'SWITCH',
          evaluatorType: 'javascript',
          expression: '$.n > 5 ? "big" : 1',
          inputParameters: { n: '${workflow.input.n}' },
          decisionCases: {
            big: [{ name: 'b', taskReferenceName: 'b', type: 'NOOP' }],
            '1': [{ name: 'one', taskReferenceName: 'one', type: 'NOOP' }],
          },
        },
      ],
      { n: 2 },
    );
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(
      wf.tasks.map((t) => t.referenceTaskName),
      ['sw', 'one'],
    );
  });
  void it('JSON_JQ_TRANSFORM outputs result and resultList', async () => {
    const wf = await runInline('jq', [
      {
        name: 'jq',
        taskReferenceName: 'jq',
        type: 'JSON_JQ_TRANSFORM',
        inputParameters: { in: { b: 1, a: 2 }, queryExpression: '.in | keys' },
      },
    ]);
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(wf.tasks[0]?.outputData['result'], ['a', 'b']);
  });
});

void describe('§5.8 DO_WHILE', () => {
  void it('repeats its body with __N references until the condition is false, recording each iteration', async () => {
    const wf = await runInline('loop', [
      {
        name: 'loop',
        taskReferenceName: 'loop',
        type: 'DO_WHILE',
        inputParameters: { max: 3 },
        loopCondition: "if ($.loop['iteration'] < $.max) { true; } else { false; }",
        loopOver: [
          {
            name: 'count',
            taskReferenceName: 'count',
            type: 'INLINE',
            inputParameters: { i: '${loop.output.iteration}', expression: '$.i * 10' },
          },
          { name: 'after', taskReferenceName: 'after', type: 'NOOP' },
        ],
      },
      { name: 'done', taskReferenceName: 'done', type: 'NOOP' },
    ]);
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(
      wf.tasks.map((t) => t.referenceTaskName),
      ['loop', 'count__1', 'after__1', 'count__2', 'after__2', 'count__3', 'after__3', 'done'],
    );
    const loop = wf.tasks[0]?.outputData as Record<string, unknown>;
    assert.equal(loop['iteration'], 3);
    assert.deepEqual(loop['2'], { count: { result: 20 }, after: {} });
  });
  void it('waits for worker tasks in the body and fails on a bad condition', async () => {
    const res = await h.call('POST', '/api/workflow', {
      name: 'loop_worker',
      workflowDef: {
        name: 'loop_worker',
        tasks: [
          {
            name: 'lw',
            taskReferenceName: 'lw',
            type: 'DO_WHILE',
            loopCondition: '$.lw.iteration < 2',
            loopOver: [{ name: 'loop_worker_task', taskReferenceName: 'w', type: 'SIMPLE' }],
          },
        ],
      },
    });
    const id = res.text;
    for (const ref of ['w__1', 'w__2']) {
      const updated = await h.call('POST', `/api/tasks/${id}/${ref.split('__')[0]}/COMPLETED`, { ref });
      assert.equal(updated.status, 200);
      assert.notEqual(updated.text, '');
    }
    const wf = (await h.call('GET', `/api/workflow/${id}`)).json as Wf;
    assert.equal(wf.status, 'COMPLETED');
    assert.deepEqual(
      wf.tasks.map((t) => t.referenceTaskName),
      ['lw', 'w__1', 'w__2'],
    );
    const bad = await runInline('loop_bad', [
      {
        name: 'lb',
        taskReferenceName: 'lb',
        type: 'DO_WHILE',
        loopCondition: 'throw new Error("x")',
        loopOver: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }],
      },
    ]);
    assert.equal(bad.status, 'FAILED');
    assert.match(bad.tasks[0]?.reasonForIncompletion ?? '', /^Unable to evaluate condition/);
  });
});
