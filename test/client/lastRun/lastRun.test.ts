/**
 * Last-run marks placed in the workflow file (lastRunFindings), from real executions of
 * `test/integration/workspace/lastrun/last_run.workflow.json` on the engine: a loop body failing on its second iteration (§5.8, `ref__2`), an
 * optional task failing while the workflow completes (§5.2), a TERMINATE ending the run FAILED with no failed task,
 * and a retried task whose last attempt succeeded (§5.3: only the last attempt counts). Also the outputs sent to the
 * language server for completion (lastRunOutputs): keys only, loop tasks under their reference without `__N`; and the
 * inlay hints of how each task did (lastRunHints).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task, Workflow, WorkflowDef } from '../../../common/src/model';
import { lastRunOutputs } from '../../../client/src/lastRun/forwardLastRunOutputs';
import { lastRunFindings, type LastRunFinding } from '../../../client/src/lastRun/lastRunFindings';
import { lastRunHints } from '../../../client/src/lastRun/lastRunHints';
import { startEngineClient, type EngineClient } from '../clientHarness';

// The real-VS-Code suite starts the same file from its workspace.
const text = readFileSync(
  join(__dirname, '..', '..', 'integration', 'workspace', 'lastrun', 'last_run.workflow.json'),
  'utf8',
);

let h: EngineClient;
before(async () => {
  h = await startEngineClient();
  await h.client.metadata.registerWorkflowDef(JSON.parse(text) as WorkflowDef);
});
after(() => h.engine.close());

/** Runs the demo down `mode` to its end and reads the execution with its tasks. */
async function run(mode: string, status: string): Promise<Workflow> {
  const response = await h.client.workflows.execute({ name: 'last_run_demo', version: 1, input: { mode } });
  assert.equal(response.status, status);
  return h.client.workflows.get(response.workflowId ?? '', true);
}

/** The text each finding marks, with its message. */
function marked(findings: readonly LastRunFinding[]): { text: string; message: string }[] {
  return findings.map((finding) => ({
    text: text.slice(finding.range.start, finding.range.end),
    message: finding.message,
  }));
}

void describe('lastRunFindings', () => {
  void it('marks the loop body task of the failed iteration, not the DO_WHILE canceled with the run (§5.8)', async () => {
    const workflow = await run('loop', 'FAILED');
    const marks = marked(lastRunFindings(text, workflow));
    assert.deepEqual(
      marks.map((mark) => mark.text),
      ['"step"'],
    );
    const step = marks.find((mark) => mark.text === '"step"');
    assert.match(
      step?.message ?? '',
      /^Failed with a terminal error \(no retry\) in the last run \(execution [\w-]+, attempt 1, loop iteration 2\): /,
    );
    assert.match(step?.message ?? '', /step broke/);
    assert.ok(marks.every((mark) => mark.message.includes(workflow.workflowId)));
  });

  void it('marks an optional task that failed although the run completed (§5.2)', async () => {
    const marks = marked(lastRunFindings(text, await run('optional', 'COMPLETED')));
    assert.equal(marks.length, 1);
    assert.equal(marks[0]?.text, '"maybe"');
    assert.match(marks[0]?.message ?? '', /^Failed, but the task is optional so the workflow went on .*optional broke/);
  });

  void it('marks the workflow name when the run ended FAILED with no failed task (TERMINATE)', async () => {
    const workflow = await run('stop', 'FAILED');
    const marks = marked(lastRunFindings(text, workflow));
    assert.deepEqual(marks, [
      {
        text: '"last_run_demo"',
        message: `The last run (execution ${workflow.workflowId}) ended FAILED: stopped on purpose`,
      },
    ]);
  });

  void it('marks nothing for a completed run, nor for a failed attempt that a retry made good (§5.3)', async () => {
    assert.deepEqual(lastRunFindings(text, await run('other', 'COMPLETED')), []);
    const retried = await run('optional', 'COMPLETED');
    const [failed] = retried.tasks?.filter((task) => task.referenceTaskName === 'maybe') ?? [];
    assert.ok(failed);
    const madeGood = { ...failed, status: 'COMPLETED' as const, seq: (failed.seq ?? 0) + 1, retryCount: 1 };
    assert.deepEqual(lastRunFindings(text, { ...retried, tasks: [...(retried.tasks ?? []), madeGood] }), []);
  });

  void it('marks why a run failed on the name when the only marked task is optional (§5.2: it did not end the run)', async () => {
    const optional = await run('optional', 'COMPLETED');
    // A dynamic fork's child (§5.5) has a reference the file does not hold: its failure lands on the name.
    const child = { ...optional.tasks?.[0], referenceTaskName: 'fanout_child_0', status: 'FAILED' } as Task;
    const failed: Workflow = {
      ...optional,
      status: 'FAILED',
      reasonForIncompletion: 'fanout_child_0 broke',
      tasks: [...(optional.tasks ?? []), child],
    };
    assert.deepEqual(
      marked(lastRunFindings(text, failed)).map((mark) => mark.text),
      ['"maybe"', '"last_run_demo"'],
    );
    assert.match(marked(lastRunFindings(text, failed))[1]?.message ?? '', /ended FAILED: fanout_child_0 broke$/);
  });

  void it('marks a loop body task once, on its last failed iteration, however many failed (§5.8)', async () => {
    const workflow = await run('loop', 'FAILED');
    const step = workflow.tasks?.find((task) => task.referenceTaskName === 'step__2');
    assert.ok(step);
    const iterations = [1, 2, 3].map((n) => ({
      ...step,
      referenceTaskName: `step__${n}`,
      iteration: n,
      seq: (step.seq ?? 0) + n,
      status: 'COMPLETED_WITH_ERRORS' as const,
    }));
    const others = (workflow.tasks ?? []).filter((task) => !task.referenceTaskName.startsWith('step__'));
    const marks = marked(
      lastRunFindings(text, { ...workflow, status: 'COMPLETED', tasks: [...others, ...iterations] }),
    );
    assert.deepEqual(
      marks.map((mark) => mark.text),
      ['"step"'],
    );
    assert.match(marks[0]?.message ?? '', /loop iteration 3; 3 iterations ended this way\): .*step broke/);
  });
});

void describe('lastRunOutputs', () => {
  void it("keeps the keys of each reference's last output, loop tasks without __N (§4.1), and no values", async () => {
    const workflow = await run('loop', 'FAILED');
    const sent = lastRunOutputs(workflow);
    assert.equal(sent.workflowId, workflow.workflowId);
    assert.deepEqual(Object.keys(sent.outputs).sort(), ['loop', 'quote', 'route', 'step']);
    assert.deepEqual(sent.outputs['quote'], { result: { total: null, customer: { name: null } } });
  });
});

void describe('lastRunHints', () => {
  void it('labels each task the run reached after its reference: status, time, loop iterations', async () => {
    const workflow = await run('loop', 'FAILED');
    const hints = lastRunHints(text, workflow).map((hint) => ({
      ref: /"(\w+)"$/.exec(text.slice(0, hint.offset))?.[1],
      label: hint.label.replace(/ · \d+ ms/, ''),
    }));
    assert.deepEqual(hints, [
      { ref: 'quote', label: '✓ COMPLETED' },
      { ref: 'route', label: '✓ COMPLETED' },
      { ref: 'loop', label: '✗ CANCELED' },
      { ref: 'step', label: '✗ FAILED_WITH_TERMINAL_ERROR · 2 iterations' },
    ]);
    const optional = lastRunHints(text, await run('optional', 'COMPLETED'));
    assert.match(optional.at(-1)?.label ?? '', /^⚠ COMPLETED_WITH_ERRORS/, 'an optional failure is no ✓');
    assert.match(
      lastRunHints(text, workflow)[0]?.tooltip ?? '',
      new RegExp(`execution ${workflow.workflowId} \\(FAILED\\)`),
    );
  });
});
