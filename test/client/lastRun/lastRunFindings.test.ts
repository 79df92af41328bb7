/**
 * Last-run marks placed in the workflow file (lastRunFindings), from real executions of
 * `fixtures/last_run.workflow.json` on the engine: a loop body failing on its second iteration (§5.8, `ref__2`), an
 * optional task failing while the workflow completes (§5.2), a TERMINATE ending the run FAILED with no failed task,
 * and a retried task whose last attempt succeeded (§5.3: only the last attempt counts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workflow, WorkflowDef } from '../../../common/src/model';
import { lastRunFindings, type LastRunFinding } from '../../../client/src/lastRun/lastRunFindings';
import { startEngineClient, type EngineClient } from '../clientHarness';

const text = readFileSync(join(__dirname, 'fixtures', 'last_run.workflow.json'), 'utf8');

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
});
