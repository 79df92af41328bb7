/**
 * Completion inside `${ref.output.…}` from the outputs of the file's last run (`conductor/lastRunOutputs`): keys the
 * task really produced, at any depth, labelled with the execution; declared keys are not offered twice; nothing
 * without a run, for another file, or under an array. The skeleton sent for them keeps keys and drops every value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCompletions } from '../../../server/src/service/features/completion';
import { withLastRunOutputs } from '../../../server/src/service/features/featureIndex';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { lastRunKeys, outputSkeleton, type LastRunOutputs } from '../../../server/src/service/lastRunOutputs';
import { fixtureFromText, loadFixture, type Fixture } from './featureFixtures';
import { refsIndex } from './refsIndex';

const output = { result: { total: 42, customer: { name: 'Ada', tags: ['vip'] }, lines: [{ sku: 'a', qty: 1 }] } };
const run: LastRunOutputs = { workflowId: 'run-1', outputs: { quote: outputSkeleton(output) } };

/** Completion labels and details at the fixture's cursor, with `run` as the last run of `runFor`'s URI. */
function complete(fixture: Fixture, runFor = fixture.uri): { label: string; detail?: string }[] {
  const index = withLastRunOutputs(refsIndex(), (uri) => (uri === runFor ? run : undefined));
  const items = getCompletions(fixture.document, getFeatureModel(fixture.parsed), fixture.offset, index).items;
  return items.map((item) => ({ label: item.label, ...(item.detail ? { detail: item.detail } : {}) }));
}

/** The fixture with the cursor right after `typed` in place of `${quote.output.result.`. */
function typing(typed: string): Fixture {
  const base = loadFixture('completion/last-run-output.workflow.json.cursor');
  const text = base.document.getText();
  const at = text.indexOf('${quote.output.result.');
  const end = at + '${quote.output.result.'.length;
  return fixtureFromText(`${text.slice(0, at)}${typed}/*|*/${text.slice(end)}`, base.uri);
}

void describe('completion from the last run', () => {
  void it('offers the keys the task produced, at any depth, naming the execution', () => {
    const detail = 'output of quote in the last run (run-1)';
    const fixture = loadFixture('completion/last-run-output.workflow.json.cursor');
    assert.deepEqual(complete(fixture), [
      { label: 'total', detail },
      { label: 'customer', detail },
      { label: 'lines', detail },
    ]);
    assert.deepEqual(complete(typing('${quote.output.result.customer.')), [
      { label: 'name', detail },
      { label: 'tags', detail },
    ]);
  });

  void it('adds run keys after the declared INLINE outputs without repeating them', () => {
    const labels = complete(typing('${quote.output.')).map((item) => item.label);
    assert.deepEqual(labels, ['result', 'error']);
  });

  void it('offers nothing without a run of this file, or under an array', () => {
    const fixture = loadFixture('completion/last-run-output.workflow.json.cursor');
    assert.deepEqual(complete(fixture, 'file:///elsewhere.workflow.json'), []);
    assert.deepEqual(complete(typing('${quote.output.result.lines.')), []);
  });

  void it('keeps keys and nesting in the skeleton, never values; an array stands for its first element', () => {
    assert.deepEqual(run.outputs['quote'], {
      result: { total: null, customer: { name: null, tags: [null] }, lines: [{ sku: null, qty: null }] },
    });
    assert.deepEqual(lastRunKeys(run, 'quote', ['result', 'customer']), ['name', 'tags']);
    const wide = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
    assert.equal(Object.keys(outputSkeleton(wide) as object).length, 100);
    assert.equal(
      JSON.stringify(outputSkeleton({ a: { b: { c: { d: { e: { f: { g: 1 } } } } } } })).includes('g'),
      false,
    );
  });
});
