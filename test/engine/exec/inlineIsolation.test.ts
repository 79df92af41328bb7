/**
 * INLINE isolation over HTTP (§4.4, §1.11): a task whose script pollutes globals and prototypes, or runs away,
 * fails or changes nothing but itself; read-only INLINE, SWITCH and DO_WHILE scripts of the same run and of the
 * next run see a pristine context.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './engineHarness';

interface Run {
  status: string;
  tasks: { referenceTaskName: string; status: string; outputData: Record<string, unknown> }[];
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const PROBE = '[typeof leaked, ({}).polluted, typeof [].at, $.n]';
const inline = (ref: string, expression: string) => ({
  name: ref,
  taskReferenceName: ref,
  type: 'INLINE',
  inputParameters: { evaluatorType: 'javascript', expression, n: '${workflow.input.n}' },
});
const POLLUTE = inline(
  'pollute',
  "globalThis.leaked = 1; Object.prototype.polluted = 'yes'; Array.prototype.at = null; ({}).polluted",
);
const SWITCH = {
  name: 'route',
  taskReferenceName: 'route',
  type: 'SWITCH',
  evaluatorType: 'javascript',
  expression: "typeof leaked === 'undefined' && ({}).polluted === undefined ? 'clean' : 'dirty'",
  inputParameters: {},
  decisionCases: { clean: [inline('probe_clean', PROBE)], dirty: [inline('probe_dirty', PROBE)] },
};

async function run(name: string, tasks: unknown[], n: number): Promise<Run> {
  const res = await h.call('POST', '/api/workflow', { name, input: { n }, workflowDef: { name, tasks } });
  assert.equal(res.status, 200, res.text);
  return (await h.call('GET', `/api/workflow/${res.text}`)).json as Run;
}

const output = (wf: Run, ref: string): unknown => wf.tasks.find((t) => t.referenceTaskName === ref)?.outputData;

void describe('§4.4 INLINE isolation across tasks and runs', () => {
  void it('keeps one task’s pollution away from later tasks of the run and from the next run', async () => {
    for (const n of [1, 2]) {
      const wf = await run('isolation', [inline('before', PROBE), POLLUTE, SWITCH], n);
      assert.equal(wf.status, 'COMPLETED');
      assert.deepEqual(output(wf, 'pollute'), { result: 'yes' }, 'the polluter sees its own change');
      assert.deepEqual(output(wf, 'before'), { result: ['undefined', null, 'function', n] });
      assert.deepEqual(output(wf, 'probe_clean'), { result: ['undefined', null, 'function', n] });
    }
  });

  void it('fails a runaway INLINE alone; the next run evaluates normally', async () => {
    const runaway = await run('runaway', [inline('loop', 'while (true) {}')], 1);
    assert.equal(runaway.status, 'FAILED');
    assert.equal(runaway.tasks[0]?.status, 'FAILED');
    const wf = await run('after_runaway', [inline('probe', PROBE)], 3);
    assert.deepEqual(output(wf, 'probe'), { result: ['undefined', null, 'function', 3] });
  });
});
