/**
 * The start input: pre-fill from the definition's `inputParameters` and `inputTemplate` with the remembered input
 * on top, the JSON check before sending, remembering per workflow, and the `*.input.json` files offered beside a
 * workflow file. The pre-filled input is then started on the real engine to show it arrives as the execution input.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkflowDef } from '../../../common/src/model';
import { findInputFiles } from '../../../client/src/input/inputFiles';
import { inputText, prefilledInput } from '../../../client/src/input/inputTemplate';
import { parseInput } from '../../../client/src/input/parseInput';
import { RememberedInputs, type InputStore } from '../../../client/src/input/rememberedInputs';
import type { EngineClient } from '../clientHarness';
import { executionFixture, fixturePath, startFlowEngine } from './executionsHarness';

const definition = executionFixture<WorkflowDef>('exec_flow.workflow.json');

/** The two Memento methods over a Map, as `context.workspaceState` provides them in VS Code. */
function memoryStore(): InputStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: <T>(key: string) => data.get(key) as T | undefined,
    update: (key: string, value: unknown) => Promise.resolve(void data.set(key, value)),
  };
}

void describe('pre-fill', () => {
  void it('declares every input parameter, with the template default where there is one', () => {
    assert.deepEqual(prefilledInput(definition), { orderId: '', amount: '', currency: 'EUR' });
  });

  void it('the remembered input wins, and parameters added since still appear', () => {
    const remembered = { orderId: 'A-9', currency: 'USD', note: 'kept' };
    assert.deepEqual(prefilledInput(definition, remembered), {
      orderId: 'A-9',
      amount: '',
      currency: 'USD',
      note: 'kept',
    });
  });

  void it('a definition without inputParameters pre-fills an empty object', () => {
    assert.equal(inputText(prefilledInput({})), '{}\n');
  });
});

void describe('input check before sending', () => {
  void it('accepts a JSON object, and empty text as no input', () => {
    assert.deepEqual(parseInput('{ "a": 1 }'), { ok: true, input: { a: 1 } });
    assert.deepEqual(parseInput('  \n'), { ok: true, input: {} });
  });

  void it('says where broken JSON is broken', () => {
    const parsed = parseInput('{\n  "a": 1,\n  "b": \n}');
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.message, /not valid JSON: ValueExpected at line 4, column 1\. Fix it/);
  });

  void it('refuses comments, trailing commas and non-objects, as the server would', () => {
    assert.equal(parseInput('{ "a": 1, }').ok, false);
    assert.equal(parseInput('{ /* x */ "a": 1 }').ok, false);
    const array = parseInput('[1, 2]');
    assert.match(array.ok ? '' : array.message, /must be a JSON object/);
  });
});

void describe('remembered input', () => {
  void it('is kept per workflow name and ignores a corrupt entry', async () => {
    const store = memoryStore();
    const remembered = new RememberedInputs(store);
    assert.equal(remembered.get('exec_flow'), undefined);
    await remembered.remember('exec_flow', { orderId: 'A-1' });
    await remembered.remember('other', { x: 1 });
    assert.deepEqual(remembered.get('exec_flow'), { orderId: 'A-1' });
    assert.deepEqual(remembered.get('other'), { x: 1 });
    store.data.set('conductor.lastInput.broken', 'not an object');
    assert.equal(remembered.get('broken'), undefined);
  });
});

void describe('input files beside the workflow', () => {
  void it('offers *.input.json of the folder, the workflow’s own first', async () => {
    const files = await findInputFiles(fixturePath('inputs/exec_flow.workflow.json'), 'exec_flow');
    assert.deepEqual(
      files.map((file) => file.slice(fixturePath('inputs/').length)),
      ['exec_flow.input.json', 'another.input.json'],
    );
  });

  void it('a folder that cannot be read offers none', async () => {
    assert.deepEqual(await findInputFiles(fixturePath('missing/x.workflow.json')), []);
  });
});

void describe('the pre-filled input on the engine', () => {
  let h: EngineClient;
  before(async () => {
    h = await startFlowEngine();
  });
  after(() => h.engine.close());

  void it('arrives as the execution input', async () => {
    const input = prefilledInput(definition, { orderId: 'A-5', amount: 12 });
    const id = await h.client.workflows.start({ name: 'exec_flow', version: 1, input });
    const run = await h.client.workflows.get(id, true);
    assert.deepEqual(run.input, { orderId: 'A-5', amount: 12, currency: 'EUR' });
    assert.equal(run.tasks?.[0]?.inputData?.['orderId'], 'A-5');
  });
});
