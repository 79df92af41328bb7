import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver-types';
import { findDefinition, pickVersion } from '../../../server/src/service/features/definition';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { fixtureFromText, loadFixture, offsetOf, textAt } from './featureFixtures';
import { refsIndex } from './refsIndex';

const fixture = loadFixture('refs/shipping.workflow.json');
const model = getFeatureModel(fixture.parsed);
const index = refsIndex();

function definitionAt(needle: string, nth = 0, delta = 1): Location | undefined {
  return findDefinition(fixture.document, model, offsetOf(fixture, needle, nth, delta), index);
}

void describe('go to definition', () => {
  for (const [where, needle, nth, delta, ref] of [
    ['${ref…} in a nested task', '${get_order.output}', 0, 3, 'get_order'],
    ['a nested ${…} inside an expression', '${get_order.output.key}', 0, 3, 'get_order'],
    ['joinOn', '"invoice"', 2, 1, 'invoice'],
    ['defaultExclusiveJoinTask', '["notify"]', 0, 2, 'notify'],
    ['$.ref in a loopCondition', "$.poll['iteration']", 0, 3, 'poll'],
  ] as const) {
    void it(`${where} → the task's taskReferenceName`, () => {
      const location = definitionAt(needle, nth, delta);
      assert.ok(location, 'a definition');
      assert.equal(location.uri, fixture.uri);
      assert.equal(textAt(fixture, location.range), `"${ref}"`);
    });
  }

  void it('task name → its task definition file', () => {
    assert.match(definitionAt('"get_order"', 0)?.uri ?? '', /refs\/get_order\.taskdef\.json$/);
  });

  void it('subWorkflowParam name/version → the workflow file of that version', () => {
    assert.match(definitionAt('"billing"')?.uri ?? '', /billing\.v2\.workflow\.json$/);
    assert.match(definitionAt('"version": 2', 0, 11)?.uri ?? '', /billing\.v2\.workflow\.json$/);
  });

  void it('nothing for unknown task definitions or plain values', () => {
    assert.equal(definitionAt('"ship_fedex"', 0), undefined);
    assert.equal(definitionAt('"value-param"'), undefined);
  });
});

void describe('pickVersion', () => {
  const versions = [1, 3, 2].map((version) => ({ name: 'w', version, uri: `file:///w${version}.json` }));
  void it('takes the latest when no version is given, as Conductor does at start (§5.9)', () => {
    assert.equal(pickVersion(versions, undefined)?.version, 3);
  });
  void it('takes the exact version otherwise, or none', () => {
    assert.equal(pickVersion(versions, 2)?.uri, 'file:///w2.json');
    assert.equal(pickVersion(versions, 7), undefined);
  });
});

void describe('go to definition of other workflow references', () => {
  void it('failureWorkflow and START_WORKFLOW names → the latest version file', () => {
    const text = JSON.stringify({
      name: 'x',
      failureWorkflow: 'billing',
      tasks: [
        {
          name: 's',
          taskReferenceName: 's',
          type: 'START_WORKFLOW',
          inputParameters: { startWorkflow: { name: 'billing', version: 1 } },
        },
      ],
    });
    const fixture = fixtureFromText(text);
    const model = getFeatureModel(fixture.parsed);
    const failure = findDefinition(fixture.document, model, text.indexOf('"billing"') + 2, index);
    assert.match(failure?.uri ?? '', /billing\.v2\.workflow\.json$/);
    const started = findDefinition(fixture.document, model, text.lastIndexOf('"billing"') + 2, index);
    assert.match(started?.uri ?? '', /billing\.v1\.workflow\.json$/);
  });
});
