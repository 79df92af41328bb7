/**
 * The screen memo kept across versions (`model/screenMemo.ts`): re-analysing an edited version must find exactly
 * what a cold analysis finds, whatever the previous version was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeWorkflow, forgetAnalyses } from '../../../server/src/service/model/workflowModel';

type Task = Record<string, unknown>;

const simple = (ref: string, inputs: Record<string, unknown> = {}): Task => ({
  name: ref,
  taskReferenceName: ref,
  type: 'SIMPLE',
  inputParameters: inputs,
});

/** A new parsed value each time, as each version of a document is. */
const version = (tasks: Task[], inputParameters: string[] = ['x']): unknown =>
  JSON.parse(JSON.stringify({ name: 'w', inputParameters, tasks, outputParameters: { o: '${a.output.r}' } }));

/**
 * The bodies of the expressions a rule may report, warm (after `previous`) and cold. `previous` is analysed twice,
 * as separate parses: the memo is recorded only once a document's scope has been seen before (an edit).
 */
function suspects(value: unknown, previous: unknown): { warm: string[]; cold: string[] } {
  forgetAnalyses();
  analyzeWorkflow(JSON.parse(JSON.stringify(previous)));
  analyzeWorkflow(previous);
  const warm = analyzeWorkflow(value).expressions.map((use) => use.body);
  forgetAnalyses();
  const cold = analyzeWorkflow(JSON.parse(JSON.stringify(value))).expressions.map((use) => use.body);
  return { warm, cold };
}

void test('an edited string is screened again; unchanged ones keep their verdict', () => {
  const fine = version([simple('a', { p: '${workflow.input.x}' }), simple('b', { q: '${a.output.r}' })]);
  const typo = version([simple('a', { p: '${workflow.input.x}' }), simple('b', { q: '${a.outptu.r}' })]);
  assert.deepEqual(suspects(typo, fine), { warm: ['a.outptu.r'], cold: ['a.outptu.r'] });
  assert.deepEqual(suspects(fine, typo), { warm: [], cold: [] });
});

void test('renaming or moving a referenced task changes the scope, so earlier verdicts are not reused (§4.1)', () => {
  const before = version([simple('a'), simple('c'), simple('b', { q: '${c.output.r}' })]);
  const renamed = version([simple('a'), simple('d'), simple('b', { q: '${c.output.r}' })]);
  const nested = version([
    simple('a'),
    {
      name: 'f',
      taskReferenceName: 'f',
      type: 'FORK_JOIN',
      forkTasks: [[simple('c')], [simple('b', { q: '${c.output.r}' })]],
    },
  ]);
  assert.deepEqual(suspects(renamed, before), { warm: ['c.output.r'], cold: ['c.output.r'] });
  assert.deepEqual(suspects(nested, before), { warm: ['c.output.r'], cold: ['c.output.r'] });
});

void test('renaming a declared workflow input invalidates the verdicts on workflow.input', () => {
  const declared = version([simple('a', { p: '${workflow.input.x}' })], ['x']);
  const renamed = version([simple('a', { p: '${workflow.input.x}' })], ['y']);
  assert.deepEqual(suspects(renamed, declared), { warm: ['workflow.input.x'], cold: ['workflow.input.x'] });
});

void test('an inserted string only shifts its own task; every verdict stays exact', () => {
  const short = version([simple('a', { p: '${a.output.r}' }), simple('b', { q: '${a.output.r}' })]);
  const longer = version([
    simple('a', { n: '${workflow.input.x}', p: '${a.output.r}' }),
    simple('b', { q: '${a.output.r}' }),
  ]);
  assert.deepEqual(suspects(longer, short), suspects(longer, longer));
  assert.deepEqual(suspects(longer, short).warm, ['a.output.r']);
});
