import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from './engineHarness';

/**
 * §4.2 blanks inside `${…}`: Jayway compiles a path that does not start with `$`/`@` as "$." + the untrimmed text,
 * so `${ workflow.input.x }` is an invalid path and ParametersUtils resolves it to null, while trailing blanks and
 * blanks around a `$` path are trimmed.
 */

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

void describe('§4.2 blanks inside ${…}', () => {
  void it('gives null for a leading blank before a bare path, the value otherwise', async () => {
    // In outputParameters, which registration does not check (§2.4 refuses the invalid path in top-level inputs).
    const outputParameters = {
      leading: '${ workflow.input.x }',
      trailing: '${workflow.input.x }',
      rooted: '${ $.workflow.input.x }',
      inText: 'x=${ workflow.input.x}',
    };
    const name = 'path_blanks';
    const workflowDef = { name, outputParameters, tasks: [{ name: 'n', taskReferenceName: 'n', type: 'NOOP' }] };
    const started = await h.call('POST', '/api/workflow', { name, input: { x: 5 }, workflowDef });
    assert.equal(started.status, 200, started.text);
    const run = (await h.call('GET', `/api/workflow/${started.text}`)).json as { status: string; output: unknown };
    assert.equal(run.status, 'COMPLETED');
    assert.deepEqual(run.output, { leading: null, trailing: 5, rooted: 5, inText: 'x=null' });
  });
});
